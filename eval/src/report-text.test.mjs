import { describe, expect, it } from 'vitest';
import { formatFailures, formatTables, resultJson } from './report-text.mjs';
import { scoreArticle, summariseByDataset } from './score-text.mjs';

/** @type {import('./article-fields.mjs').TextLabel} */
const label = {
  file: 'bbc-fulltext/a.txt',
  title: 'Headline',
  dateline: null,
  authors: [],
  leadImage: null,
  source: null,
  boilerplate: [{ text: 'Support us', kind: 'promo' }],
  paragraphs: 3,
  headings: [],
  firstWords: 'One two',
  lastWords: 'three four',
};

/** @type {import('./article-fields.mjs').ArticleFields} */
const output = {
  title: 'Headline',
  dateline: null,
  authors: [],
  leadImage: null,
  source: null,
  boilerplate: [{ text: 'Share this', kind: 'share' }],
  paragraphs: 5,
  headings: [],
  firstWords: 'One two',
  lastWords: 'three four',
};

describe('resultJson', () => {
  it('has exactly the README keys, in its order, with shares between 0 and 1', () => {
    const { overall } = summariseByDataset([scoreArticle(label, output)]);
    const json = resultJson(overall);
    expect(Object.keys(json)).toEqual(['articles', 'structureScore', 'fields', 'boilerplate']);
    expect(Object.keys(json.fields)).toEqual([
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
    expect(Object.keys(json.boilerplate)).toEqual(['precision', 'recall', 'f1', 'kindAccuracy']);
    expect(json.articles).toBe(1);
    for (const value of [json.structureScore, ...Object.values(json.fields), ...Object.values(json.boilerplate)]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(json.structureScore).toBe(0.8);
  });
});

describe('formatTables', () => {
  it('has a row per dataset and an overall row in both tables', () => {
    const run = summariseByDataset([scoreArticle(label, output), scoreArticle({ ...label, file: '../../seed/mosul.txt' }, output)]);
    const text = formatTables(run);
    expect(text.match(/^bbc-fulltext /gm)).toHaveLength(2);
    expect(text.match(/^seed /gm)).toHaveLength(2);
    expect(text.match(/^overall /gm)).toHaveLength(2);
  });
});

describe('formatFailures', () => {
  const scores = [scoreArticle(label, output), scoreArticle({ ...label, file: 'bbc-fulltext/b.txt' }, null, 'parseText threw Error: boom')];

  it('shows expected and got for each wrong field, and boilerplate missed and unlabelled', () => {
    const text = formatFailures(scores);
    expect(text).toContain('✗ bbc-fulltext/a.txt');
    expect(text).toContain('  paragraphs   expected 3');
    expect(text).toContain('               got      5');
    expect(text).toContain('missed     [promo] "Support us"');
    expect(text).toContain('unlabelled [share] "Share this"');
    expect(text).not.toContain('title');
    expect(text).toContain('✗ bbc-fulltext/b.txt\n  error        parseText threw Error: boom');
  });

  it('shows list fields as missing and extra items', () => {
    const headed = scoreArticle({ ...label, headings: ['One', 'Two', 'Three'] }, { ...output, headings: ['One', 'Four'] });
    const text = formatFailures([headed], 'headings');
    expect(text).toContain('  headings     expected 3 item(s), got 2');
    expect(text).toContain('               missing  "Two"\n               missing  "Three"\n               extra    "Four"');
    const reordered = formatFailures([scoreArticle({ ...label, headings: ['A', 'B'] }, { ...output, headings: ['B', 'A'] })], 'headings');
    expect(reordered).toContain('got the same items in another order or count: ["B","A"]');
  });

  it('shows one field only when asked', () => {
    const text = formatFailures([scoreArticle(label, output)], 'boilerplate');
    expect(text).not.toContain('paragraphs');
    expect(text).toContain('missed');
    expect(formatFailures([scoreArticle(label, output)], 'title')).toBe('');
  });
});
