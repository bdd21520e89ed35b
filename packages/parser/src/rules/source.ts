import type { LineRule } from './rule.js';

/** Credit lines naming where the article (or its material) came from. */
export const SOURCE_RULES: readonly LineRule[] = [
  // "Source: https://…": the URL is kept as source.url.
  {
    id: 'source/source-url',
    kind: 'source',
    reason: 'A source line giving the original address; it is kept as source.url.',
    pattern: /^\(?(?:source|sources|original source|source link|source url) ?: ?(?<sourceUrl>(?:https?:\/\/|www\.)\S{1,400})\)?$/i,
    maxLength: 440,
  },
  // "Source: Israel in the News", "Source : X", "(Source: Breitbart)": kept as source.name.
  {
    id: 'source/source-line',
    kind: 'source',
    reason: 'A source credit line; its name is kept as source.name.',
    pattern: /^\(?(?:source|sources|original source) ?: ?(?<sourceName>[^\s()][^\n()]{0,80}?)\)?\.?$/i,
    maxLength: 100,
  },
  // "Via X", "Via: X", "h/t X", "Hat tip: X".
  {
    id: 'source/via',
    kind: 'source',
    reason: 'A "via"/"h/t" credit naming where the material was found; kept as source.name.',
    pattern: /^(?:via|h\/t|hat tip|ht) ?:? (?<sourceName>[^\s][^\n]{0,60}?)\.?$/i,
    maxLength: 70,
  },
  // "Read more: Observer": a bare site name after "Read more" credits the source.
  {
    id: 'source/read-more-site',
    kind: 'source',
    reason: 'A "Read more:" credit naming the site the story came from; kept as source.name.',
    pattern: /^Read more ?: (?<sourceName>[A-Z][\w.&']{0,20}(?: [A-Z][\w.&']{0,20}){0,2})$/,
    maxLength: 70,
  },
  // "/politicot.com": the site's address as a credit.
  {
    id: 'source/site-address',
    kind: 'source',
    reason: 'A bare site address crediting where the article came from; kept as source.name.',
    pattern: /^\/(?<sourceName>[a-z0-9-]{2,40}\.(?:com|org|net|info|co|us|news))$/,
    maxLength: 50,
  },
  // "Continue this story at Huff Post": the rest of the story is at its source.
  {
    id: 'source/continue-at',
    kind: 'source',
    reason: 'A pointer to the rest of the story at its source; the site is kept as source.name.',
    pattern: /^Continue this (?:story|article) at (?<sourceName>[A-Z][^\n.]{1,40})\.?$/,
    maxLength: 80,
  },
  // "From TruthFeed:" introducing an excerpt from another site.
  {
    id: 'source/from-site',
    kind: 'source',
    reason: 'A "From X:" credit naming the site the excerpt comes from; kept as source.name.',
    pattern: /^From (?<sourceName>[A-Z][\w.]{1,20}(?:\.com)?):$/,
    maxLength: 40,
  },
];
