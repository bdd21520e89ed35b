// Turns scores into what a person reads (tables, per-article failures) and the closing JSON line.
import { REPORTED_FIELDS } from './score-text.mjs';

/**
 * @typedef {import('./score-text.mjs').Summary} Summary
 * @typedef {import('./score-text.mjs').ArticleScore} ArticleScore
 * @typedef {import('./score-text.mjs').ReportedField} ReportedField
 */

/** What `--show-failures` accepts as a field: the reported fields and `boilerplate`. */
export const FAILURE_FIELDS = /** @type {const} */ ([...REPORTED_FIELDS, 'boilerplate']);

/** Share to a fixed number of decimals for the JSON line; enough to compare runs. */
const round = (/** @type {number} */ value) => Math.round(value * 10000) / 10000;

/**
 * The overall result with exactly the README's keys, in its order.
 * @param {Summary} summary
 */
export function resultJson(summary) {
  return {
    articles: summary.articles,
    structureScore: round(summary.structureScore),
    fields: Object.fromEntries(REPORTED_FIELDS.map((field) => [field, round(summary.fields[field])])),
    boilerplate: {
      precision: round(summary.boilerplate.precision),
      recall: round(summary.boilerplate.recall),
      f1: round(summary.boilerplate.f1),
      kindAccuracy: round(summary.boilerplate.kindAccuracy),
    },
  };
}

/** Column headings of the fields table, one per reported field. */
const FIELD_HEADINGS = /** @type {Record<ReportedField, string>} */ ({
  title: 'title',
  dateline: 'dateline',
  authors: 'authors',
  leadImage: 'image',
  source: 'source',
  paragraphs: 'paras',
  paragraphsWithin1: 'paras±1',
  headings: 'heads',
  firstWords: 'first',
  lastWords: 'last',
});

/**
 * Lay rows out in columns: the first left-aligned, the others right-aligned.
 * @param {string[][]} rows
 */
function columns(rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  return rows
    .map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}

const fixed = (/** @type {number} */ value) => value.toFixed(3);

/**
 * The per-dataset and overall tables: field accuracies with the structure score, then
 * boilerplate precision, recall, F1 and kind accuracy with the counts behind them.
 * @param {{ datasets: [string, Summary][], overall: Summary }} run
 * @returns {string}
 */
export function formatTables(run) {
  const rows = [...run.datasets, /** @type {[string, Summary]} */ (['overall', run.overall])];
  const fieldRows = [
    ['dataset', 'articles', 'structure', ...REPORTED_FIELDS.map((f) => FIELD_HEADINGS[f])],
    ...rows.map(([name, s]) => [name, String(s.articles), fixed(s.structureScore), ...REPORTED_FIELDS.map((f) => fixed(s.fields[f]))]),
  ];
  const boilerplateRows = [
    ['dataset', 'labelled', 'found', 'removed', 'matched', 'precision', 'recall', 'F1', 'kind'],
    ...rows.map(([name, s]) => [
      name,
      String(s.counts.labelled),
      String(s.counts.found),
      String(s.counts.removed),
      String(s.counts.removedMatched),
      fixed(s.boilerplate.precision),
      fixed(s.boilerplate.recall),
      fixed(s.boilerplate.f1),
      fixed(s.boilerplate.kindAccuracy),
    ]),
  ];
  return [
    'Fields: share of articles right (structure = mean of the nine fields and boilerplate F1; paras±1 not in it)',
    columns(fieldRows),
    '',
    'Boilerplate: pooled over each dataset, byline and credit kinds left out on both sides',
    columns(boilerplateRows),
  ].join('\n');
}

/** Long texts are cut for display; the ends of a diff are what matter. */
const MAX_SHOWN = 200;

/** @param {unknown} value */
function show(value) {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/**
 * Expected-versus-got lines for every wrong field of every article (or only `field`), and the
 * missed, wrongly kinded and spurious boilerplate; files that failed to parse say why.
 * @param {readonly ArticleScore[]} scores
 * @param {(typeof FAILURE_FIELDS)[number]} [field]
 * @returns {string}
 */
export function formatFailures(scores, field) {
  /** @type {string[]} */
  const out = [];
  for (const score of scores) {
    const lines = score.error !== null ? [`  error        ${score.error}`] : failureLines(score, field);
    if (lines.length === 0) continue;
    out.push(`✗ ${score.file}`, ...lines);
  }
  return out.join('\n');
}

/**
 * @param {ArticleScore} score
 * @param {(typeof FAILURE_FIELDS)[number]} [only]
 */
function failureLines(score, only) {
  const { label, output } = score;
  if (output === null) return [];
  /** @type {string[]} */
  const lines = [];
  for (const field of REPORTED_FIELDS) {
    if (score.fields[field] || (only !== undefined && only !== field)) continue;
    const key = field === 'paragraphsWithin1' ? 'paragraphs' : field;
    if (field === 'paragraphsWithin1' && only !== field) continue;
    const expected = label[key];
    const got = output[key];
    if (Array.isArray(expected) && Array.isArray(got)) lines.push(...listDiff(field, expected, got));
    else lines.push(`  ${field.padEnd(12)} expected ${show(expected)}`, `  ${''.padEnd(12)} got      ${show(got)}`);
  }
  if (only === undefined || only === 'boilerplate') {
    for (const item of score.boilerplate.items) {
      if (!item.matched) lines.push(`  boilerplate  missed     [${item.label.kind}] ${show(item.label.text)}`);
      else if (item.matched.kind !== item.label.kind) {
        lines.push(`  boilerplate  kind       expected ${item.label.kind}, got ${item.matched.kind}: ${show(item.label.text)}`);
      }
    }
    for (const removed of score.boilerplate.outputs) {
      if (!removed.matched) lines.push(`  boilerplate  unlabelled [${removed.span.kind}] ${show(removed.span.text)}`);
    }
  }
  return lines;
}

/**
 * A list field (authors, headings) as what is missing and what is extra, which a cut-off JSON
 * of two long lists would hide; the same items in another order are said as such.
 * @param {string} field
 * @param {readonly string[]} expected
 * @param {readonly string[]} got
 */
function listDiff(field, expected, got) {
  const missing = expected.filter((item) => !got.includes(item));
  const extra = got.filter((item) => !expected.includes(item));
  const head = `  ${field.padEnd(12)}`;
  const pad = `  ${''.padEnd(12)}`;
  if (missing.length === 0 && extra.length === 0) {
    return [`${head} expected ${show(expected)}`, `${pad} got the same items in another order or count: ${show(got)}`];
  }
  return [
    `${head} expected ${expected.length} item(s), got ${got.length}`,
    ...missing.map((item) => `${pad} missing  ${show(item)}`),
    ...extra.map((item) => `${pad} extra    ${show(item)}`),
  ];
}
