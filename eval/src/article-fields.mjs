// Reads, from a parsed Article, the fields the gold labels record (see ../shared/eval/README.md),
// in the labels' own shape, so that scoring compares like with like.
import { toPlainText, visit } from '@copydesk/model';

/** How many words `firstWords` and `lastWords` hold. */
export const EDGE_WORDS = 8;

/**
 * @typedef {{ text: string, place: string | null, agency: string | null, date: string | null }} LabelDateline
 * @typedef {{ caption: string | null, credit: string | null }} LabelLeadImage
 * @typedef {{ name?: string | null, url?: string | null, originalPublisher?: string | null }} LabelSource
 * @typedef {{ text: string, kind: string }} LabelBoilerplate
 *
 * One gold label: a line of a labels file.
 * @typedef {{
 *   file: string,
 *   title: string | null,
 *   dateline: LabelDateline | null,
 *   authors: string[],
 *   leadImage: LabelLeadImage | null,
 *   source: LabelSource | null,
 *   boilerplate: LabelBoilerplate[],
 *   paragraphs: number,
 *   headings: string[],
 *   firstWords: string,
 *   lastWords: string,
 *   notes?: string,
 * }} TextLabel
 *
 * What the parser produced, in the labels' terms (`boilerplate` is every removed span).
 * @typedef {Omit<TextLabel, 'file' | 'notes'>} ArticleFields
 */

/**
 * Collapse every run of white space to one space and trim: the labels' comparison form.
 * @param {string} value
 * @returns {string}
 */
export function collapseSpace(value) {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * A collapsed string, or `null` when there is nothing (absent, or only white space).
 * @param {string | null | undefined} value
 * @returns {string | null}
 */
export function textOrNull(value) {
  if (value === null || value === undefined) return null;
  const collapsed = collapseSpace(value);
  return collapsed === '' ? null : collapsed;
}

/**
 * The first (or, with `fromEnd`, the last) `count` words of `value`, words being what lies
 * between single spaces once white space is collapsed (so `*` and `—` count, as in the labels).
 * @param {string} value
 * @param {number} count
 * @param {boolean} [fromEnd]
 * @returns {string}
 */
export function edgeWords(value, count, fromEnd = false) {
  const collapsed = collapseSpace(value);
  if (collapsed === '') return '';
  const words = collapsed.split(' ');
  return (fromEnd ? words.slice(-count) : words.slice(0, count)).join(' ');
}

/**
 * Map an Article to the label fields: title = meta.title; dateline from meta.dateline;
 * authors = meta.authors names; leadImage = meta.leadImage caption (plain text) and credit;
 * source = meta.source {name, url, originalPublisher}; paragraphs = number of top-level body
 * blocks (a list counts 1); headings = texts of heading blocks; firstWords / lastWords = the
 * first / last 8 words of the plain text of the first / last body block; boilerplate = every
 * removed span.
 *
 * @param {import('@copydesk/model').Article} article
 * @returns {ArticleFields}
 */
export function articleFields(article) {
  const { meta, children } = article;
  /** @type {string[]} */
  const headings = [];
  for (const block of children) {
    visit(block, 'heading', (node) => {
      headings.push(collapseSpace(toPlainText(node)));
    });
  }
  const first = children[0];
  const last = children[children.length - 1];
  return {
    title: textOrNull(meta.title),
    dateline: meta.dateline
      ? {
          text: meta.dateline.text,
          place: textOrNull(meta.dateline.place),
          agency: textOrNull(meta.dateline.agency),
          date: textOrNull(meta.dateline.date),
        }
      : null,
    authors: meta.authors.map((author) => collapseSpace(author.name)),
    leadImage: leadImageFields(meta.leadImage),
    source: sourceFields(meta.source),
    boilerplate: article.removed.map((span) => ({ text: span.text, kind: span.kind })),
    paragraphs: children.length,
    headings,
    firstWords: first ? edgeWords(toPlainText(first), EDGE_WORDS) : '',
    lastWords: last ? edgeWords(toPlainText(last), EDGE_WORDS, true) : '',
  };
}

/**
 * A lead image with neither caption nor credit says nothing a label could name, so it reads
 * as absent.
 * @param {import('@copydesk/model').Figure | undefined} figure
 * @returns {LabelLeadImage | null}
 */
function leadImageFields(figure) {
  if (!figure) return null;
  const caption = figure.caption ? textOrNull(toPlainText(figure.caption)) : null;
  const credit = textOrNull(figure.credit);
  return caption === null && credit === null ? null : { caption, credit };
}

/**
 * @param {import('@copydesk/model').Source | undefined} source
 * @returns {LabelSource | null}
 */
function sourceFields(source) {
  if (!source) return null;
  const fields = {
    name: textOrNull(source.name),
    url: textOrNull(source.url),
    originalPublisher: textOrNull(source.originalPublisher),
  };
  return fields.name === null && fields.url === null && fields.originalPublisher === null ? null : fields;
}
