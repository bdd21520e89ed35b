import type { UserLineRule } from './rules/rule.js';

/** How `parseText` reads an article. Every option has a default that suits scraped news. */
export interface ParseTextOptions {
  /**
   * Keep recognised boilerplate in the body as paragraphs tagged `boilerplate: {kind, reason}`
   * instead of setting it aside in `removed`. Metadata (title, dateline, lead image) is still
   * read. Default `false`.
   */
  keepBoilerplate?: boolean;
  /**
   * Extra rules for lines to set aside, tried before the built-in ones, e.g.
   * `{ pattern: /^Subscribe to Acme Weekly/, kind: 'promo', reason: 'Acme’s subscription plug' }`.
   * Patterns are tested on the trimmed text of each line (or unwrapped paragraph); anchor them
   * and avoid nested quantifiers.
   */
  rules?: readonly UserLineRule[];
  /** Record positions into the original input on nodes, metadata and removed spans. Default `true`. */
  positions?: boolean;
}
