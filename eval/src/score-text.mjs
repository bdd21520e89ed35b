// Scores parser output against gold labels exactly as ../shared/eval/README.md defines:
// nine fields right or wrong per article, boilerplate precision/recall/F1 over the whole file,
// kind accuracy over found items, and the structure score.
import { collapseSpace, textOrNull } from './article-fields.mjs';

/** The nine per-article fields, in report order. */
export const FIELDS = /** @type {const} */ ([
  'title',
  'dateline',
  'authors',
  'leadImage',
  'source',
  'paragraphs',
  'headings',
  'firstWords',
  'lastWords',
]);

/** Every reported field accuracy, in the order of the README's JSON keys. */
export const REPORTED_FIELDS = /** @type {const} */ ([
  'title',
  'dateline',
  'authors',
  'leadImage',
  'source',
  'paragraphs',
  'paragraphsWithin1',
  'headings',
  'firstWords',
  'lastWords',
]);

/**
 * Boilerplate kinds scored through `authors` and `leadImage` instead, left out of the
 * boilerplate score on both the label and the output side.
 */
export const FIELD_SCORED_KINDS = new Set(['byline', 'credit']);

/**
 * @typedef {import('./article-fields.mjs').TextLabel} TextLabel
 * @typedef {import('./article-fields.mjs').ArticleFields} ArticleFields
 * @typedef {import('./article-fields.mjs').LabelBoilerplate} LabelBoilerplate
 * @typedef {typeof FIELDS[number]} FieldName
 * @typedef {typeof REPORTED_FIELDS[number]} ReportedField
 *
 * A labelled item and what the output made of it; `matched` is the output span that found it.
 * @typedef {{ label: LabelBoilerplate, matched: LabelBoilerplate | null }} BoilerplateMatch
 *
 * @typedef {{
 *   items: BoilerplateMatch[],
 *   outputs: { span: LabelBoilerplate, matched: boolean }[],
 * }} BoilerplateScore
 *
 * The score of one labelled article. `fields` holds the nine fields plus `paragraphsWithin1`.
 * `output` is null when the file could not be read or parsed; `error` then says why.
 * @typedef {{
 *   file: string,
 *   dataset: string,
 *   label: TextLabel,
 *   output: ArticleFields | null,
 *   error: string | null,
 *   fields: Record<ReportedField, boolean>,
 *   boilerplate: BoilerplateScore,
 * }} ArticleScore
 *
 * The figures the README asks for, over a set of articles.
 * @typedef {{
 *   articles: number,
 *   structureScore: number,
 *   fields: Record<ReportedField, number>,
 *   boilerplate: { precision: number, recall: number, f1: number, kindAccuracy: number },
 *   counts: BoilerplateCounts,
 * }} Summary
 *
 * Pooled boilerplate counts behind the shares: labelled items, those found, those found with the
 * right kind, removed spans, and removed spans that found a labelled item.
 * @typedef {{ labelled: number, found: number, kindRight: number, removed: number, removedMatched: number }} BoilerplateCounts
 */

/**
 * The dataset an article belongs to: the first segment of its `file` that is a name, so the
 * seed's `../../seed/mosul.txt` is dataset `seed`.
 * @param {string} file
 * @returns {string}
 */
export function datasetOf(file) {
  for (const segment of file.split(/[\\/]/)) {
    if (segment !== '' && segment !== '.' && segment !== '..') return segment;
  }
  return file;
}

/**
 * Two strings are equal in the labels' sense: after collapsing white space; absent, null and
 * blank are all "nothing".
 * @param {string | null | undefined} expected
 * @param {string | null | undefined} actual
 */
function same(expected, actual) {
  return textOrNull(expected) === textOrNull(actual);
}

/**
 * Score one article. `output` null (the file failed to read or parse) makes every field wrong,
 * finds no boilerplate, and is reported through `error`.
 *
 * @param {TextLabel} label
 * @param {ArticleFields | null} output
 * @param {string | null} [error]
 * @returns {ArticleScore}
 */
export function scoreArticle(label, output, error = null) {
  const base = { file: label.file, dataset: datasetOf(label.file), label, output, error };
  if (output === null) {
    return {
      ...base,
      error: error ?? 'no output',
      fields: /** @type {ArticleScore['fields']} */ (
        Object.fromEntries(REPORTED_FIELDS.map((field) => [field, false]))
      ),
      boilerplate: scoreBoilerplate(label.boilerplate, []),
    };
  }
  return {
    ...base,
    fields: {
      title: same(label.title, output.title),
      dateline: datelineRight(label.dateline, output.dateline),
      authors: sameNameSet(label.authors, output.authors),
      leadImage: leadImageRight(label.leadImage, output.leadImage),
      source: sourceRight(label.source, output.source),
      paragraphs: label.paragraphs === output.paragraphs,
      paragraphsWithin1: Math.abs(label.paragraphs - output.paragraphs) <= 1,
      headings: sameList(label.headings, output.headings),
      firstWords: collapseSpace(label.firstWords) === collapseSpace(output.firstWords),
      lastWords: collapseSpace(label.lastWords) === collapseSpace(output.lastWords),
    },
    boilerplate: scoreBoilerplate(label.boilerplate, output.boilerplate),
  };
}

/**
 * Both absent, or place and agency equal, and the date too where the label has one.
 * @param {TextLabel['dateline']} expected
 * @param {ArticleFields['dateline']} actual
 */
function datelineRight(expected, actual) {
  if (expected === null || actual === null) return expected === actual;
  if (!same(expected.place, actual.place) || !same(expected.agency, actual.agency)) return false;
  return textOrNull(expected.date) === null || same(expected.date, actual.date);
}

/**
 * The same set of names.
 * @param {readonly string[]} expected
 * @param {readonly string[]} actual
 */
function sameNameSet(expected, actual) {
  const want = new Set(expected.map(collapseSpace));
  const got = new Set(actual.map(collapseSpace));
  return want.size === got.size && [...want].every((name) => got.has(name));
}

/**
 * The same list, in order.
 * @param {readonly string[]} expected
 * @param {readonly string[]} actual
 */
function sameList(expected, actual) {
  return expected.length === actual.length && expected.every((value, index) => same(value, actual[index]));
}

/**
 * Both absent, or caption and credit both equal (absent = null).
 * @param {TextLabel['leadImage']} expected
 * @param {ArticleFields['leadImage']} actual
 */
function leadImageRight(expected, actual) {
  if (expected === null || actual === null) return expected === actual;
  return same(expected.caption, actual.caption) && same(expected.credit, actual.credit);
}

/** The source keys the labels know; `originalUrl` is not labelled. */
const SOURCE_KEYS = /** @type {const} */ (['name', 'url', 'originalPublisher']);

/**
 * Every key the label gives is equal in the output; a null label wants no name, url or
 * original publisher in the output.
 * @param {TextLabel['source']} expected
 * @param {ArticleFields['source']} actual
 */
function sourceRight(expected, actual) {
  if (expected === null) return SOURCE_KEYS.every((key) => textOrNull(actual?.[key]) === null);
  return SOURCE_KEYS.every((key) => !(key in expected) || same(expected[key], actual?.[key]));
}

/**
 * Whether an output span finds a labelled item: equal texts, or one contains the other, after
 * collapsing white space. An empty text finds nothing (it would be "contained" in everything).
 * @param {string} labelText
 * @param {string} outputText
 */
export function spanFinds(labelText, outputText) {
  const a = collapseSpace(labelText);
  const b = collapseSpace(outputText);
  if (a === '' || b === '') return false;
  return a === b || a.includes(b) || b.includes(a);
}

/**
 * Match one article's labelled boilerplate with its removed spans, both without the byline and
 * credit kinds. A labelled item's kind is judged against the span with the equal text if there
 * is one, else the first span (in output order) that contains it or that it contains.
 *
 * @param {readonly LabelBoilerplate[]} labelled
 * @param {readonly LabelBoilerplate[]} removed
 * @returns {BoilerplateScore}
 */
export function scoreBoilerplate(labelled, removed) {
  const spans = removed.filter((span) => !FIELD_SCORED_KINDS.has(span.kind));
  const outputs = spans.map((span) => ({ span, matched: false }));
  /** @type {BoilerplateMatch[]} */
  const items = [];
  for (const label of labelled) {
    if (FIELD_SCORED_KINDS.has(label.kind)) continue;
    /** @type {LabelBoilerplate | null} */
    let matched = null;
    for (const output of outputs) {
      if (!spanFinds(label.text, output.span.text)) continue;
      output.matched = true;
      const exact = collapseSpace(label.text) === collapseSpace(output.span.text);
      if (matched === null || (exact && collapseSpace(matched.text) !== collapseSpace(label.text))) matched = output.span;
    }
    items.push({ label, matched });
  }
  return { items, outputs };
}

/** @param {number} part @param {number} whole @param {number} empty what the share is when `whole` is 0 */
function share(part, whole, empty) {
  return whole === 0 ? empty : part / whole;
}

/**
 * The README's figures over a set of scored articles. Boilerplate counts are pooled over the
 * set (not averaged per article). Empty shares: recall with nothing labelled is 1 (nothing was
 * missed); precision with nothing removed, and kind accuracy with nothing found, are 1 only when
 * nothing was labelled either.
 *
 * @param {readonly ArticleScore[]} scores
 * @returns {Summary}
 */
export function summarise(scores) {
  const n = scores.length;
  /** @type {Record<string, number>} */
  const fields = {};
  for (const field of REPORTED_FIELDS) {
    const right = scores.filter((s) => s.fields[field]).length;
    fields[field] = share(right, n, 0);
  }
  let labelled = 0;
  let found = 0;
  let kindRight = 0;
  let outputs = 0;
  let outputsMatched = 0;
  for (const { boilerplate } of scores) {
    labelled += boilerplate.items.length;
    for (const item of boilerplate.items) {
      if (!item.matched) continue;
      found += 1;
      if (item.matched.kind === item.label.kind) kindRight += 1;
    }
    outputs += boilerplate.outputs.length;
    outputsMatched += boilerplate.outputs.filter((o) => o.matched).length;
  }
  const precision = share(outputsMatched, outputs, labelled === 0 ? 1 : 0);
  const recall = share(found, labelled, 1);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const kindAccuracy = share(kindRight, found, labelled === 0 ? 1 : 0);
  const structureScore = n === 0 ? 0 : (FIELDS.reduce((sum, field) => sum + (fields[field] ?? 0), 0) + f1) / (FIELDS.length + 1);
  return {
    articles: n,
    structureScore,
    fields: /** @type {Summary['fields']} */ (fields),
    boilerplate: { precision, recall, f1, kindAccuracy },
    counts: { labelled, found, kindRight, removed: outputs, removedMatched: outputsMatched },
  };
}

/**
 * Group scores by dataset (in order of first appearance) and summarise each and all.
 * @param {readonly ArticleScore[]} scores
 * @returns {{ datasets: [string, Summary][], overall: Summary }}
 */
export function summariseByDataset(scores) {
  /** @type {Map<string, ArticleScore[]>} */
  const groups = new Map();
  for (const score of scores) {
    const group = groups.get(score.dataset);
    if (group) group.push(score);
    else groups.set(score.dataset, [score]);
  }
  return {
    datasets: [...groups].map(([name, group]) => [name, summarise(group)]),
    overall: summarise(scores),
  };
}
