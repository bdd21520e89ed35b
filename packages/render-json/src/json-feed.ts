import { type Article, type Author, computeStats, MODEL_VERSION, toPlainText } from '@copydesk/model/core';
import { articleSummary } from './article-summary.js';
import { contentId } from './content-id.js';
import { toRfc3339 } from './rfc3339.js';
import { absoluteWebUrl } from './web-url.js';

/** The version URL of the JSON Feed format this package writes. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** Where the `_copydesk` extension is described, for people reading a feed (the spec's `about`). */
export const COPYDESK_FEED_EXTENSION_ABOUT = 'https://www.npmjs.com/package/@copydesk/render-json#the-_copydesk-extension';

/** An author object (JSON Feed 1.1 §Top-level `authors`): at least one member. */
export interface JsonFeedAuthor {
  name?: string;
  url?: string;
  avatar?: string;
}

/** The feed's own fields, as the caller knows them (JSON Feed 1.1 §Top-level). */
export interface JsonFeedMeta {
  /** Required: the name of the feed. */
  title: string;
  /** The HTML page the feed describes; strongly recommended on the public web. */
  home_page_url?: string;
  /** Where this feed is published: its unique identifier; strongly recommended on the public web. */
  feed_url?: string;
  description?: string;
  user_comment?: string;
  next_url?: string;
  icon?: string;
  favicon?: string;
  authors?: JsonFeedAuthor[];
  /** RFC 5646 language tag of the feed, e.g. `en`. */
  language?: string;
  expired?: boolean;
}

/** What Copydesk adds to each item, under `_copydesk` (an extension in the spec's sense). */
export interface CopydeskItemExtension {
  about: string;
  /** Version of the article model the item was made from. */
  modelVersion: string;
  wordCount: number;
  /** How many spans of the input were set aside as not article content. */
  removedSpans: number;
  dateline?: { text: string; place?: string; agency?: string; date?: string };
  source?: { name?: string; url?: string; originalPublisher?: string; originalUrl?: string };
}

/** One item (JSON Feed 1.1 §Items). */
export interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  content_html?: string;
  /** Always present: the body as plain text, so every item has content. */
  content_text: string;
  summary?: string;
  image?: string;
  date_published?: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language?: string;
  _copydesk: CopydeskItemExtension;
}

/** A JSON Feed 1.1 document, ready for `JSON.stringify`; serve it as `application/feed+json`. */
export interface JsonFeed extends JsonFeedMeta {
  version: typeof JSON_FEED_VERSION;
  items: JsonFeedItem[];
}

/** A value per article: a function of the article and its index, or an array in the articles' order. */
export type PerArticle<T> = ((article: Article, index: number) => T | undefined) | readonly (T | undefined)[];

export interface JsonFeedOptions {
  /**
   * Each item's HTML, e.g. `(a) => renderHtml(a)` from `@copydesk/render-html`. This package
   * does not render HTML itself, so without this option items carry `content_text` only.
   */
  contentHtml?: PerArticle<string>;
  /** Each item's `id`; see `renderJsonFeed` for the default. Ids must be unique in the feed. */
  itemId?: PerArticle<string>;
  /** Each item's permalink (`url`); defaults to `meta.source.url`. */
  itemUrl?: PerArticle<string>;
}

/**
 * Build a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) from articles.
 *
 * Each item has, when the article has them: `id`; `url` (the item URL option, else
 * `meta.source.url`); `title`; `content_html` (only from the `contentHtml` option);
 * `content_text` (the body as plain text, always present so every item has content);
 * `summary` (the subtitle, else the start of the first paragraph); `image` (the lead image);
 * `date_published`/`date_modified` (as RFC 3339: a bare date becomes midnight UTC, a date-time
 * without offset is taken as UTC); `authors`; `tags`; `language`; and `_copydesk` with the
 * dateline, the source, the word count and the number of removed spans.
 *
 * The item `id` is, in order: the `itemId` option; the item's URL; the original URL of a
 * syndicated article; else `sha256:` and the hash of the article's canonical JSON (stable
 * across runs and machines, but an edited article gets a new id, so pass `itemId` when the
 * articles have ids of their own). URLs are kept only when absolute `http(s)`.
 *
 * Throws a `TypeError` for a feed without a title, a feed URL that is not an absolute `http(s)`
 * URL, or two items with the same `id`.
 *
 * @example
 * const feed = renderJsonFeed(articles, { title: 'Copydesk wire', feed_url: 'https://example.com/feed.json' }, {
 *   contentHtml: (a) => renderHtml(a),
 * });
 * response.setHeader('content-type', 'application/feed+json');
 * response.end(JSON.stringify(feed));
 */
export function renderJsonFeed(articles: Iterable<Article>, feedMeta: JsonFeedMeta, options: JsonFeedOptions = {}): JsonFeed {
  const feed = feedHeader(feedMeta);
  const seen = new Map<string, number>();
  let index = 0;
  for (const article of articles) {
    const item = feedItem(article, index, options);
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      throw new TypeError(`renderJsonFeed: items ${earlier} and ${index} have the same id ${JSON.stringify(item.id)}; pass an itemId option that tells them apart`);
    }
    seen.set(item.id, index);
    feed.items.push(item);
    index += 1;
  }
  return feed;
}

function feedHeader(meta: JsonFeedMeta): JsonFeed {
  const title = meta.title?.trim();
  if (!title) throw new TypeError('renderJsonFeed: the feed needs a title');
  // Filled in the spec's order, `items` last, so the JSON reads top to bottom as the spec does.
  const feed: Omit<JsonFeed, 'items'> = { version: JSON_FEED_VERSION, title };
  for (const key of ['home_page_url', 'feed_url', 'next_url', 'icon', 'favicon'] as const) {
    const value = meta[key];
    if (value === undefined) continue;
    const url = absoluteWebUrl(value);
    if (url === undefined) throw new TypeError(`renderJsonFeed: ${key} must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
    feed[key] = url;
  }
  for (const key of ['description', 'user_comment', 'language'] as const) {
    const value = meta[key]?.trim();
    if (value) feed[key] = value;
  }
  const authors = (meta.authors ?? []).flatMap((author) => feedAuthor(author) ?? []);
  if (authors.length > 0) feed.authors = authors;
  if (meta.expired !== undefined) feed.expired = meta.expired;
  return { ...feed, items: [] };
}

function feedItem(article: Article, index: number, options: JsonFeedOptions): JsonFeedItem {
  const { meta } = article;
  const url = absoluteWebUrl(pick(options.itemUrl, article, index)) ?? absoluteWebUrl(meta.source?.url);
  const id = nonEmpty(pick(options.itemId, article, index)) ?? url ?? absoluteWebUrl(meta.source?.originalUrl) ?? contentId(article);
  // Built in the spec's order; the fields every item has are filled in last.
  const item: Partial<JsonFeedItem> & { id: string } = { id };
  if (url !== undefined) item.url = url;
  const title = nonEmpty(meta.title);
  if (title !== undefined) item.title = title;
  const html = pick(options.contentHtml, article, index);
  if (html !== undefined && html !== '') item.content_html = html;
  const contentText = toPlainText(article);
  item.content_text = contentText;
  const summary = articleSummary(article);
  if (summary !== undefined) item.summary = summary;
  const image = absoluteWebUrl(meta.leadImage?.image?.url, url);
  if (image !== undefined) item.image = image;
  const published = meta.published === undefined ? undefined : toRfc3339(meta.published);
  if (published !== undefined) item.date_published = published;
  const modified = meta.modified === undefined ? undefined : toRfc3339(meta.modified);
  if (modified !== undefined) item.date_modified = modified;
  const authors = meta.authors.flatMap((author) => articleAuthor(author) ?? []);
  if (authors.length > 0) item.authors = authors;
  const tags = meta.tags.flatMap((tag) => nonEmpty(tag) ?? []);
  if (tags.length > 0) item.tags = tags;
  const language = nonEmpty(meta.language);
  if (language !== undefined) item.language = language;
  // Re-setting content_text keeps its place in the key order and satisfies the type.
  return { ...item, content_text: contentText, _copydesk: extension(article) };
}

function extension(article: Article): CopydeskItemExtension {
  const { meta } = article;
  const ext: CopydeskItemExtension = {
    about: COPYDESK_FEED_EXTENSION_ABOUT,
    modelVersion: article.version ?? MODEL_VERSION,
    wordCount: meta.stats?.words ?? computeStats(article).words,
    removedSpans: article.removed.length,
  };
  if (meta.dateline) {
    const dateline: NonNullable<CopydeskItemExtension['dateline']> = { text: meta.dateline.text };
    if (meta.dateline.place) dateline.place = meta.dateline.place;
    if (meta.dateline.agency) dateline.agency = meta.dateline.agency;
    if (meta.dateline.date) dateline.date = meta.dateline.date;
    ext.dateline = dateline;
  }
  if (meta.source) {
    const source: NonNullable<CopydeskItemExtension['source']> = {};
    for (const key of ['name', 'url', 'originalPublisher', 'originalUrl'] as const) {
      const value = nonEmpty(meta.source[key]);
      if (value !== undefined) source[key] = value;
    }
    if (Object.keys(source).length > 0) ext.source = source;
  }
  return ext;
}

function articleAuthor(author: Author): JsonFeedAuthor | undefined {
  const name = nonEmpty(author.name);
  const url = absoluteWebUrl(author.url);
  if (name === undefined && url === undefined) return undefined;
  const out: JsonFeedAuthor = {};
  if (name !== undefined) out.name = name;
  if (url !== undefined) out.url = url;
  return out;
}

/** A caller's author object with empty members dropped; `undefined` when none is left (the spec needs one). */
function feedAuthor(author: JsonFeedAuthor): JsonFeedAuthor | undefined {
  const out: JsonFeedAuthor = {};
  const name = nonEmpty(author.name);
  if (name !== undefined) out.name = name;
  for (const key of ['url', 'avatar'] as const) {
    if (author[key] === undefined) continue;
    // The spec allows a mailto: link for an author's url.
    const url = absoluteWebUrl(author[key], undefined, key === 'url' ? ['mailto:'] : []);
    if (url === undefined) throw new TypeError(`renderJsonFeed: authors[].${key} must be an absolute URL, got ${JSON.stringify(author[key])}`);
    out[key] = url;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function pick<T>(source: PerArticle<T> | undefined, article: Article, index: number): T | undefined {
  if (source === undefined) return undefined;
  return typeof source === 'function' ? source(article, index) : source[index];
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
