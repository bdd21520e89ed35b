/** Output formats the CLI writes. */
export const FORMATS = ['html', 'md', 'json', 'ndjson', 'jsonfeed'] as const;
export type Format = (typeof FORMATS)[number];

/** Formats written once per article (one file per input with `--out`). */
export type ArticleFormat = 'html' | 'md' | 'json';

/** Formats that collect every article of the run into one output (one stream, one feed). */
export type CollectionFormat = 'ndjson' | 'jsonfeed';

export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['html', 'md', 'json'];

/** The extension an article format's file gets when `--out` mirrors an input path. */
export const EXTENSION: Record<ArticleFormat, string> = { html: '.html', md: '.md', json: '.json' };

/** The file a collection format is written to inside `--out`. */
export const COLLECTION_FILE: Record<CollectionFormat, string> = {
  ndjson: 'articles.ndjson',
  jsonfeed: 'feed.json',
};

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

export function isArticleFormat(format: Format): format is ArticleFormat {
  return format === 'html' || format === 'md' || format === 'json';
}
