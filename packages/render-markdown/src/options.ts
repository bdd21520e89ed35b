/** Options of `renderMarkdown`. Every option is optional; the defaults are shown. */
export interface RenderMarkdownOptions {
  /** `'commonmark'` (default) or `'gfm'`: GitHub Flavored Markdown also escapes `~`, `|` and autolink literals. */
  flavor?: 'commonmark' | 'gfm';
  /** Write the metadata as YAML front matter (default `false`). */
  frontMatter?: boolean;
  /**
   * `'heading'` (default): title as a `#` heading, then the dek and byline as paragraphs.
   * `'front-matter'`: title, dek and authors only in the front matter (turns `frontMatter` on).
   */
  title?: 'heading' | 'front-matter';
  /** `'bold'` (default): `**LISBON (Reuters)** - …`; `'plain'`: the dateline as plain text. */
  dateline?: 'bold' | 'plain';
  /** Write the source attribution paragraphs at the end (default `true`). */
  attribution?: boolean;
  /** `'omit'` (default) or `'comment'`: keep removed spans as HTML comments at the end. */
  removed?: 'omit' | 'comment';
  /** Bullet list marker (default `'-'`). A list right after another uses the next one. */
  bullet?: '-' | '*' | '+';
  /** Emphasis marker (default `'*'`). */
  emphasis?: '*' | '_';
  /** Strong marker, written twice (default `'*'`). */
  strong?: '*' | '_';
  /** `'atx'` (default, `## Heading`) or `'setext'` (underlined; depth 1 and 2 only). */
  headingStyle?: 'atx' | 'setext';
  /** Wrap paragraphs at this many columns; `0` (default) leaves each paragraph on one line. */
  wrap?: number;
  /** Added to every heading depth, title included, up to 6 (default `0`). */
  headingOffset?: number;
}

export type ResolvedOptions = Required<RenderMarkdownOptions>;

const DEFAULTS: ResolvedOptions = {
  flavor: 'commonmark',
  frontMatter: false,
  title: 'heading',
  dateline: 'bold',
  attribution: true,
  removed: 'omit',
  bullet: '-',
  emphasis: '*',
  strong: '*',
  headingStyle: 'atx',
  wrap: 0,
  headingOffset: 0,
};

const CHOICES: { [K in keyof ResolvedOptions]?: readonly ResolvedOptions[K][] } = {
  flavor: ['commonmark', 'gfm'],
  title: ['heading', 'front-matter'],
  dateline: ['bold', 'plain'],
  removed: ['omit', 'comment'],
  bullet: ['-', '*', '+'],
  emphasis: ['*', '_'],
  strong: ['*', '_'],
  headingStyle: ['atx', 'setext'],
};

/** Every option at its default: what options that set nothing resolve to, shared by those renders. */
const RESOLVED_DEFAULTS: ResolvedOptions = Object.freeze({ ...DEFAULTS });

/**
 * Fill in defaults and reject values that would silently produce something else. Options that
 * set nothing (none, `{}`, only `undefined` values) give one shared object instead of a copy of
 * the defaults per article; nothing writes to resolved options.
 */
export function resolveOptions(options: RenderMarkdownOptions = {}): ResolvedOptions {
  let resolved: ResolvedOptions | undefined;
  for (const key of Object.keys(options) as (keyof RenderMarkdownOptions)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!(key in DEFAULTS)) throw new TypeError(`renderMarkdown: unknown option "${key}"`);
    const choices = CHOICES[key] as readonly unknown[] | undefined;
    if (choices && !choices.includes(value)) {
      throw new TypeError(`renderMarkdown: option "${key}" must be one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, not ${JSON.stringify(value)}`);
    }
    resolved ??= { ...DEFAULTS };
    (resolved as Record<string, unknown>)[key] = value;
  }
  if (resolved === undefined) return RESOLVED_DEFAULTS;
  if (typeof resolved.frontMatter !== 'boolean') throw new TypeError('renderMarkdown: option "frontMatter" must be a boolean');
  if (typeof resolved.attribution !== 'boolean') throw new TypeError('renderMarkdown: option "attribution" must be a boolean');
  if (!Number.isInteger(resolved.wrap) || resolved.wrap < 0) throw new TypeError('renderMarkdown: option "wrap" must be a whole number of columns, 0 for no wrapping');
  if (!Number.isInteger(resolved.headingOffset) || resolved.headingOffset < 0 || resolved.headingOffset > 5) {
    throw new TypeError('renderMarkdown: option "headingOffset" must be a whole number from 0 to 5');
  }
  if (resolved.title === 'front-matter') resolved.frontMatter = true;
  return resolved;
}
