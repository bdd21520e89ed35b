import { type Article, type Author, type Dateline, type Figure, type Meta, computeStats, toPlainText } from '@copydesk/model/core';
import { isOrganizationName } from './author-kind.js';
import { articleSummary, SUMMARY_MAX_LENGTH } from './article-summary.js';
import { collapseWhiteSpace, excerpt } from './text-excerpt.js';
import { absoluteWebUrl } from './web-url.js';

/** A schema.org `Person`. */
export interface JsonLdPerson {
  '@type': 'Person';
  name: string;
  /** The byline role when it is a job ("Staff Writer"). */
  jobTitle?: string;
  /** The byline role when it is an organisation ("Reuters"). */
  affiliation?: JsonLdOrganization;
  url?: string;
}

/** A schema.org `Organization`. */
export interface JsonLdOrganization {
  '@type': 'Organization';
  name: string;
  url?: string;
}

/** A schema.org `ImageObject`. */
export interface JsonLdImageObject {
  '@type': 'ImageObject';
  url: string;
  caption?: string;
  creditText?: string;
}

/** A schema.org `CreativeWork`: the work a syndicated article was copied from. */
export interface JsonLdCreativeWork {
  '@type': 'CreativeWork';
  url?: string;
  publisher?: JsonLdOrganization;
}

/** A schema.org `WebPage`, referred to by its URL. */
export interface JsonLdWebPage {
  '@type': 'WebPage';
  '@id': string;
}

/**
 * A schema.org `NewsArticle` (https://schema.org/NewsArticle) as a plain object, ready for
 * `JSON.stringify`. Fields the article does not have are absent, never `undefined` or `''`.
 */
export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline?: string;
  description?: string;
  author?: (JsonLdPerson | JsonLdOrganization)[];
  datePublished?: string;
  dateModified?: string;
  image?: JsonLdImageObject;
  dateline?: string;
  publisher?: JsonLdOrganization;
  sourceOrganization?: JsonLdOrganization;
  isBasedOn?: JsonLdCreativeWork;
  inLanguage?: string;
  keywords?: string[];
  wordCount: number;
  articleBody?: string;
  url?: string;
  mainEntityOfPage?: JsonLdWebPage;
}

export interface JsonLdOptions {
  /**
   * The canonical URL of the page the article is published on. Becomes `url` and
   * `mainEntityOfPage`, and resolves relative image URLs. Defaults to `meta.source.url`.
   * Only an absolute `http(s)` URL is used (as in `@copydesk/render-html`'s `url` option):
   * structured data is read far from the page, where a relative URL means nothing.
   */
  url?: string;
  /**
   * Include the body's plain text as `articleBody`. Off by default: search engines read the
   * body from the page itself, and repeating it in the `<script>` doubles the page's text.
   */
  articleBody?: boolean;
  /**
   * Shorten `headline` to this many characters (at a word boundary, with `…`). Off by default:
   * Google no longer sets a limit for `headline` and asks that it match the visible title.
   */
  headlineMaxLength?: number;
}

/** Longest `description` made from the first paragraph: about what a search result shows. */
export const JSON_LD_DESCRIPTION_MAX_LENGTH = SUMMARY_MAX_LENGTH;

/**
 * Map an article to a schema.org `NewsArticle` for `<script type="application/ld+json">`.
 * The HTML renderer uses this same mapping, so the page and any other consumer agree.
 *
 * The mapping:
 * - `headline` ← `meta.title`; `description` ← `meta.subtitle`, else the start of the first
 *   paragraph (at most 200 characters, cut at a word).
 * - `author` ← `meta.authors`: an `Organization` when the name is a news agency, the dateline's
 *   agency, the source's or original publisher's name, or ends in a desk word ("Foreign Desk",
 *   "Editorial Board"); a `Person` otherwise, with the byline role as `jobTitle` (or as
 *   `affiliation` when the role is itself an organisation, as in "Jane Roe, Reuters").
 * - `datePublished`/`dateModified` ← `meta.published`/`meta.modified` (ISO 8601, as stored).
 * - `image` ← the lead figure's image URL (absolute `http(s)` only), caption and credit.
 * - `dateline` ← the dateline as written, without its trailing separator ("LISBON (Reuters)").
 * - `publisher` ← `meta.source.name`; `sourceOrganization` ← the dateline's agency;
 *   `isBasedOn` ← `meta.source.originalUrl` and `originalPublisher` (syndicated copies).
 * - `inLanguage` ← `meta.language`; `keywords` ← `meta.tags`; `wordCount` ← `meta.stats.words`,
 *   else counted from the body.
 * - `url` and `mainEntityOfPage` ← `options.url`, else `meta.source.url`.
 *
 * @example
 * const ld = renderJsonLd(article, { url: 'https://news.example.com/mosul' });
 * ld.headline; // 'Last Stronghold of ISIS Caliphate Set to Topple in Battle for Mosul'
 */
export function renderJsonLd(article: Article, options: JsonLdOptions = {}): NewsArticleJsonLd {
  const { meta } = article;
  const pageUrl = absoluteWebUrl(options.url) ?? absoluteWebUrl(meta.source?.url);
  // Built in this order so that the object's keys (and its JSON) always come out the same way.
  const ld: Omit<NewsArticleJsonLd, 'wordCount'> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  const headline = nonEmpty(meta.title);
  if (headline !== undefined) {
    ld.headline = options.headlineMaxLength === undefined ? headline : excerpt(headline, options.headlineMaxLength);
  }
  const description = articleSummary(article, JSON_LD_DESCRIPTION_MAX_LENGTH);
  if (description !== undefined) ld.description = description;
  const authors = meta.authors.flatMap((author) => {
    const mapped = mapAuthor(author, meta);
    return mapped ? [mapped] : [];
  });
  if (authors.length > 0) ld.author = authors;
  if (meta.published) ld.datePublished = meta.published;
  if (meta.modified) ld.dateModified = meta.modified;
  const image = mapImage(meta.leadImage, pageUrl);
  if (image) ld.image = image;
  const dateline = meta.dateline ? datelineText(meta.dateline) : undefined;
  if (dateline !== undefined) ld.dateline = dateline;
  const publisher = organization(meta.source?.name);
  if (publisher) ld.publisher = publisher;
  const agency = organization(meta.dateline?.agency ?? undefined);
  if (agency) ld.sourceOrganization = agency;
  const basedOn = mapOriginal(meta);
  if (basedOn) ld.isBasedOn = basedOn;
  const language = nonEmpty(meta.language);
  if (language !== undefined) ld.inLanguage = language;
  const keywords = meta.tags.flatMap((tag) => nonEmpty(tag) ?? []);
  if (keywords.length > 0) ld.keywords = keywords;
  const result: NewsArticleJsonLd = { ...ld, wordCount: meta.stats?.words ?? computeStats(article).words };
  if (options.articleBody) {
    const body = toPlainText(article);
    if (body !== '') result.articleBody = body;
  }
  if (pageUrl !== undefined) {
    result.url = pageUrl;
    result.mainEntityOfPage = { '@type': 'WebPage', '@id': pageUrl };
  }
  return result;
}

function mapAuthor(author: Author, meta: Meta): JsonLdPerson | JsonLdOrganization | undefined {
  const name = nonEmpty(author.name);
  if (name === undefined) return undefined;
  const url = absoluteWebUrl(author.url);
  if (isOrganizationName(name, meta)) {
    const org: JsonLdOrganization = { '@type': 'Organization', name };
    if (url) org.url = url;
    return org;
  }
  const person: JsonLdPerson = { '@type': 'Person', name };
  const role = nonEmpty(author.role);
  if (role !== undefined) {
    if (isOrganizationName(role, meta)) person.affiliation = { '@type': 'Organization', name: role };
    else person.jobTitle = role;
  }
  if (url) person.url = url;
  return person;
}

function mapImage(figure: Figure | undefined, base: string | undefined): JsonLdImageObject | undefined {
  const url = absoluteWebUrl(figure?.image?.url, base);
  if (!figure || url === undefined) return undefined;
  const image: JsonLdImageObject = { '@type': 'ImageObject', url };
  const caption = figure.caption ? nonEmpty(collapseWhiteSpace(toPlainText(figure.caption))) : undefined;
  if (caption !== undefined) image.caption = caption;
  const credit = nonEmpty(figure.credit);
  if (credit !== undefined) image.creditText = credit;
  return image;
}

function mapOriginal(meta: Meta): JsonLdCreativeWork | undefined {
  const url = absoluteWebUrl(meta.source?.originalUrl);
  const publisher = organization(meta.source?.originalPublisher);
  if (url === undefined && !publisher) return undefined;
  const work: JsonLdCreativeWork = { '@type': 'CreativeWork' };
  if (url !== undefined) work.url = url;
  if (publisher) work.publisher = publisher;
  return work;
}

/**
 * The dateline as written, without the separator that joins it to the text ("LISBON, March 3
 * (Reuters) -" → "LISBON, March 3 (Reuters)"); rebuilt from its parts when the text is empty.
 */
function datelineText(dateline: Dateline): string | undefined {
  let end = dateline.text.length;
  while (end > 0 && isDatelineSeparator(dateline.text.charCodeAt(end - 1))) end -= 1;
  const written = nonEmpty(collapseWhiteSpace(dateline.text.slice(0, end)));
  if (written !== undefined) return written;
  const parts = [dateline.place, dateline.date].flatMap((part) => nonEmpty(part ?? undefined) ?? []);
  const agency = nonEmpty(dateline.agency ?? undefined);
  const joined = parts.join(', ') + (agency ? `${parts.length > 0 ? ' ' : ''}(${agency})` : '');
  return nonEmpty(joined);
}

/** White space, hyphen, en and em dash, colon: what separates a dateline from the text. */
function isDatelineSeparator(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2d || code === 0x2013 || code === 0x2014 || code === 0x3a;
}

function organization(name: string | undefined): JsonLdOrganization | undefined {
  const trimmed = nonEmpty(name);
  return trimmed === undefined ? undefined : { '@type': 'Organization', name: trimmed };
}

/** The trimmed string, or `undefined` when there is nothing left. */
function nonEmpty(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
