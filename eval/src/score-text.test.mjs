import { describe, expect, it } from 'vitest';
import { datasetOf, FIELDS, scoreArticle, scoreBoilerplate, spanFinds, summarise, summariseByDataset } from './score-text.mjs';

/** @typedef {import('./article-fields.mjs').TextLabel} TextLabel */

/** @returns {TextLabel} */
function wireLabel() {
  return {
    file: 'reuters-21578/09792.txt',
    title: "CURRENCY EXCHANGE LOSS PUSHES MALAYSIA'S DEBT UP",
    dateline: { text: 'KUALA LUMPUR, March 26 -', place: 'KUALA LUMPUR', agency: null, date: 'March 26' },
    authors: ['STEPHEN JUKES', 'PHILIP SHEHADI'],
    leadImage: { caption: 'ISIS militants.', credit: 'Flickr' },
    source: { name: 'Israel in the News', originalPublisher: 'Breaking Israel News' },
    boilerplate: [
      { text: 'REUTER', kind: 'signoff' },
      { text: 'By STEPHEN JUKES and PHILIP SHEHADI', kind: 'byline' },
    ],
    paragraphs: 5,
    headings: ['A subheading'],
    firstWords: 'An exchange loss of 7.6 billion ringgit in',
    lastWords: 'pct, Bank Negara Governor Jaafar Hussein told reporters.',
    notes: '',
  };
}

/**
 * What a perfect parser gives for a label.
 * @param {TextLabel} label
 * @returns {import('./article-fields.mjs').ArticleFields}
 */
function perfectOutput(label) {
  const { file: _file, notes: _notes, ...fields } = label;
  return structuredClone({
    ...fields,
    source: label.source && { name: label.source.name ?? null, url: label.source.url ?? null, originalPublisher: label.source.originalPublisher ?? null },
  });
}

describe('scoreArticle', () => {
  it('scores a perfect output right on every field', () => {
    const label = wireLabel();
    const score = scoreArticle(label, perfectOutput(label));
    expect(Object.values(score.fields).every(Boolean)).toBe(true);
    expect(score.boilerplate.items.every((item) => item.matched?.kind === item.label.kind)).toBe(true);
  });

  it('compares strings with white space collapsed, and otherwise exactly', () => {
    const label = wireLabel();
    const output = perfectOutput(label);
    output.title = "  CURRENCY EXCHANGE\nLOSS PUSHES MALAYSIA'S   DEBT UP ";
    output.firstWords = 'An exchange  loss of 7.6 billion ringgit in';
    expect(scoreArticle(label, output).fields.title).toBe(true);
    expect(scoreArticle(label, output).fields.firstWords).toBe(true);
    output.title = "Currency exchange loss pushes Malaysia's debt up";
    expect(scoreArticle(label, output).fields.title).toBe(false);
  });

  it('title: both absent is right; one absent is wrong', () => {
    const label = { ...wireLabel(), title: null };
    expect(scoreArticle(label, { ...perfectOutput(label), title: null }).fields.title).toBe(true);
    expect(scoreArticle(label, { ...perfectOutput(label), title: 'Something' }).fields.title).toBe(false);
    expect(scoreArticle(wireLabel(), { ...perfectOutput(wireLabel()), title: null }).fields.title).toBe(false);
  });

  it('dateline: place and agency must match, the date only where the label has one, the text never', () => {
    const label = wireLabel();
    const output = perfectOutput(label);
    const score = (/** @type {import('./article-fields.mjs').LabelDateline | null} */ dateline, l = label) =>
      scoreArticle(l, { ...output, dateline }).fields.dateline;
    expect(score({ text: 'KUALA LUMPUR, March 26 —', place: 'KUALA LUMPUR', agency: null, date: 'March 26' })).toBe(true);
    expect(score({ text: 'x', place: 'KUALA LUMPUR', agency: 'Reuters', date: 'March 26' })).toBe(false);
    expect(score({ text: 'x', place: 'KUALA', agency: null, date: 'March 26' })).toBe(false);
    expect(score({ text: 'x', place: 'KUALA LUMPUR', agency: null, date: null })).toBe(false);
    expect(score(null)).toBe(false);
    const undated = { ...label, dateline: { text: 'GENEVA (Reuters) -', place: 'GENEVA', agency: 'Reuters', date: null } };
    expect(score({ text: 'GENEVA, May 2 (Reuters) -', place: 'GENEVA', agency: 'Reuters', date: 'May 2' }, undated)).toBe(true);
    const none = { ...label, dateline: null };
    expect(score(null, none)).toBe(true);
    expect(score({ text: 'x', place: null, agency: null, date: null }, none)).toBe(false);
  });

  it('authors: the same set of names, in any order', () => {
    const label = wireLabel();
    const output = perfectOutput(label);
    expect(scoreArticle(label, { ...output, authors: ['PHILIP SHEHADI', 'STEPHEN JUKES'] }).fields.authors).toBe(true);
    expect(scoreArticle(label, { ...output, authors: ['STEPHEN JUKES'] }).fields.authors).toBe(false);
    expect(scoreArticle(label, { ...output, authors: ['STEPHEN JUKES', 'PHILIP SHEHADI', 'Reuters'] }).fields.authors).toBe(false);
    expect(scoreArticle({ ...label, authors: [] }, { ...output, authors: [] }).fields.authors).toBe(true);
  });

  it('leadImage: caption and credit both equal, absent meaning null', () => {
    const label = { ...wireLabel(), leadImage: { caption: null, credit: 'video screen capture' } };
    const output = perfectOutput(label);
    expect(scoreArticle(label, { ...output, leadImage: { caption: null, credit: 'video screen capture' } }).fields.leadImage).toBe(true);
    expect(scoreArticle(label, { ...output, leadImage: { caption: 'A caption', credit: 'video screen capture' } }).fields.leadImage).toBe(false);
    expect(scoreArticle(label, { ...output, leadImage: null }).fields.leadImage).toBe(false);
    expect(scoreArticle({ ...label, leadImage: null }, { ...output, leadImage: null }).fields.leadImage).toBe(true);
    expect(scoreArticle({ ...label, leadImage: null }, output).fields.leadImage).toBe(false);
  });

  it('source: every key the label gives must be equal; others are free', () => {
    const label = { ...wireLabel(), source: { url: 'http://example.com/a' } };
    const output = perfectOutput(label);
    const score = (/** @type {import('./article-fields.mjs').LabelSource | null} */ source, l = label) =>
      scoreArticle(l, { ...output, source }).fields.source;
    expect(score({ name: 'Anything', url: 'http://example.com/a', originalPublisher: null })).toBe(true);
    expect(score({ name: null, url: 'http://example.com/b', originalPublisher: null })).toBe(false);
    expect(score(null)).toBe(false);
  });

  it('source: a null label wants no name, url or original publisher', () => {
    const label = { ...wireLabel(), source: null };
    const output = perfectOutput(label);
    expect(scoreArticle(label, { ...output, source: null }).fields.source).toBe(true);
    expect(scoreArticle(label, { ...output, source: { name: 'Site', url: null, originalPublisher: null } }).fields.source).toBe(false);
  });

  it('paragraphs: exact, and within one reported apart', () => {
    const label = wireLabel();
    const output = perfectOutput(label);
    expect(scoreArticle(label, { ...output, paragraphs: 6 }).fields).toMatchObject({ paragraphs: false, paragraphsWithin1: true });
    expect(scoreArticle(label, { ...output, paragraphs: 4 }).fields).toMatchObject({ paragraphs: false, paragraphsWithin1: true });
    expect(scoreArticle(label, { ...output, paragraphs: 3 }).fields).toMatchObject({ paragraphs: false, paragraphsWithin1: false });
  });

  it('headings: the same list in the same order', () => {
    const label = { ...wireLabel(), headings: ['One', 'Two'] };
    const output = perfectOutput(label);
    expect(scoreArticle(label, { ...output, headings: ['One', ' Two '] }).fields.headings).toBe(true);
    expect(scoreArticle(label, { ...output, headings: ['Two', 'One'] }).fields.headings).toBe(false);
    expect(scoreArticle(label, { ...output, headings: ['One'] }).fields.headings).toBe(false);
  });

  it('an article with no body: empty first and last words on both sides are right', () => {
    const label = { ...wireLabel(), paragraphs: 0, firstWords: '', lastWords: '' };
    const score = scoreArticle(label, { ...perfectOutput(label) });
    expect(score.fields).toMatchObject({ firstWords: true, lastWords: true, paragraphs: true });
  });

  it('a file with no output is wrong on every field and finds no boilerplate', () => {
    const score = scoreArticle(wireLabel(), null, 'parseText threw Error: boom');
    expect(Object.values(score.fields).some(Boolean)).toBe(false);
    expect(score.error).toBe('parseText threw Error: boom');
    expect(score.boilerplate.items).toHaveLength(1);
    expect(score.boilerplate.items[0]?.matched).toBeNull();
  });
});

describe('boilerplate matching', () => {
  it('finds by equal text, or by one containing the other, white space collapsed', () => {
    expect(spanFinds('Support the IDF Today', 'Support  the IDF Today')).toBe(true);
    expect(spanFinds('Featured image via Flickr', 'upset. Featured image via Flickr')).toBe(true);
    expect(spanFinds('16.8k SHARES Facebook Twitter', '16.8k SHARES')).toBe(true);
    expect(spanFinds('Read more: this', 'Read less')).toBe(false);
    expect(spanFinds('anything', '  ')).toBe(false);
  });

  it('leaves byline and credit out on both sides', () => {
    const score = scoreBoilerplate(
      [
        { text: 'By Jane Roe', kind: 'byline' },
        { text: 'Featured image via Flickr', kind: 'credit' },
        { text: 'REUTER', kind: 'signoff' },
      ],
      [
        { text: 'By Jane Roe', kind: 'byline' },
        { text: 'Photo: AP', kind: 'credit' },
        { text: 'REUTER', kind: 'signoff' },
      ],
    );
    expect(score.items.map((i) => i.label.text)).toEqual(['REUTER']);
    expect(score.outputs.map((o) => o.span.text)).toEqual(['REUTER']);
  });

  it('judges the kind against the equal span before a containing one', () => {
    const score = scoreBoilerplate(
      [{ text: 'Source: X', kind: 'source' }],
      [
        { text: 'Read more. Source: X', kind: 'related' },
        { text: 'Source: X', kind: 'source' },
      ],
    );
    expect(score.items[0]?.matched?.kind).toBe('source');
    expect(score.outputs.every((o) => o.matched)).toBe(true);
  });
});

describe('summarise', () => {
  it('computes field shares, pooled boilerplate P/R/F1, kind accuracy and the structure score', () => {
    const a = wireLabel();
    const b = { ...wireLabel(), file: 'bbc-fulltext/x.txt', boilerplate: [{ text: 'Promo one', kind: 'promo' }, { text: 'Promo two', kind: 'promo' }] };
    const outA = perfectOutput(a);
    const outB = {
      ...perfectOutput(b),
      title: 'wrong',
      boilerplate: [
        { text: 'Promo one', kind: 'other' },
        { text: 'Not labelled', kind: 'share' },
        { text: 'Also not', kind: 'promo' },
      ],
    };
    const summary = summarise([scoreArticle(a, outA), scoreArticle(b, outB)]);
    // Labelled (byline left out): REUTER, Promo one, Promo two → 3; found 2 (REUTER, Promo one).
    // Removed (byline left out): REUTER; Promo one, Not labelled, Also not → 4; matched 2.
    expect(summary.counts).toEqual({ labelled: 3, found: 2, kindRight: 1, removed: 4, removedMatched: 2 });
    expect(summary.boilerplate.precision).toBeCloseTo(2 / 4);
    expect(summary.boilerplate.recall).toBeCloseTo(2 / 3);
    expect(summary.boilerplate.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(summary.boilerplate.kindAccuracy).toBeCloseTo(1 / 2);
    expect(summary.fields.title).toBe(0.5);
    expect(summary.fields.dateline).toBe(1);
    const mean = (8 + 0.5 + summary.boilerplate.f1) / 10;
    expect(summary.structureScore).toBeCloseTo(mean);
    expect(FIELDS).toHaveLength(9);
  });

  it('with nothing labelled and nothing removed, boilerplate is perfect; removing something is not', () => {
    const label = { ...wireLabel(), boilerplate: [] };
    const clean = summarise([scoreArticle(label, perfectOutput(label))]);
    expect(clean.boilerplate).toEqual({ precision: 1, recall: 1, f1: 1, kindAccuracy: 1 });
    const noisy = summarise([scoreArticle(label, { ...perfectOutput(label), boilerplate: [{ text: 'x', kind: 'other' }] })]);
    expect(noisy.boilerplate.precision).toBe(0);
  });

  it('with labels and no output at all, every share is 0', () => {
    const summary = summarise([scoreArticle(wireLabel(), null, 'no parser')]);
    expect(summary.structureScore).toBe(0);
    expect(summary.boilerplate).toEqual({ precision: 0, recall: 0, f1: 0, kindAccuracy: 0 });
  });

  it('groups by dataset in order of first appearance, the seed in its own row', () => {
    const labels = [wireLabel(), { ...wireLabel(), file: '../../seed/mosul.txt' }, { ...wireLabel(), file: 'reuters-21578/2.txt' }];
    const run = summariseByDataset(labels.map((l) => scoreArticle(l, perfectOutput(l))));
    expect(run.datasets.map(([name, s]) => [name, s.articles])).toEqual([
      ['reuters-21578', 2],
      ['seed', 1],
    ]);
    expect(run.overall.articles).toBe(3);
  });

  it('names datasets by the first path segment', () => {
    expect(datasetOf('bbc-fulltext/business_211.txt')).toBe('bbc-fulltext');
    expect(datasetOf('../../seed/mosul.txt')).toBe('seed');
    expect(datasetOf('./isot\\true_1.txt')).toBe('isot');
    expect(datasetOf('lone.txt')).toBe('lone.txt');
  });
});
