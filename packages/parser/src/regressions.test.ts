import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPlainText } from '@copydesk/model';
import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../test/fixtures/regressions');
const parse = (name: string) => parseText(readFileSync(join(dir, name), 'utf8'));

/** Inputs that were once misread, kept so they stay read right. */
describe('regressions', () => {
  it('keeps a sentence that starts with the word "Credit" in the body', () => {
    const article = parse('credit-word-in-body.txt');
    expect(article.children.map((b) => toPlainText(b))).toContain(
      "Credit Foncier de France (CFF) and Credit Lyonnais were each allocated 5.5 pct of the bank's capital.",
    );
    expect(article.removed.map((r) => r.kind)).toEqual(['signoff']);
  });

  it('takes a glued signature for a byline but keeps a quotation’s attribution and a video lead-in', () => {
    const article = parse('quote-attribution.txt');
    expect(article.meta.authors).toEqual([{ name: 'Jane Roe' }]);
    const texts = article.children.map((b) => toPlainText(b));
    expect(texts).toContain('– Thomas Jefferson');
    expect(texts).toContain('Watch his speech:');
    expect(article.removed.map((r) => r.text)).toEqual(['— Jane Roe']);
  });

  it('keeps a poem’s repeated lines in the body', () => {
    const article = parse('repeated-poem-lines.txt');
    expect(article.removed).toEqual([]);
    expect(article.meta.leadImage).toBeUndefined();
    expect(article.children).toHaveLength(7);
  });

  it('does not take a series name before a dash for the writer', () => {
    const article = parse('leading-name-not-byline.txt');
    expect(article.meta.authors).toEqual([]);
    expect(toPlainText(article.children[0]!)).toMatch(/^Syrian War Report – /);
  });

  it('reads a long list without blank lines as one list, not as wrapped text', () => {
    const items = Array.from({ length: 50 }, (_, i) => `- item ${i}`).join('\n');
    const article = parseText(`Title\n\n${items}\n`);
    expect(article.children).toHaveLength(1);
    const list = article.children[0];
    expect(list?.type === 'list' && list.children.length).toBe(50);
  });

  it('splits a credit glued mid-paragraph out of a one-line body, keeping one paragraph', () => {
    const input = readFileSync(join(dir, 'one-line-mid-credit.txt'), 'utf8');
    const article = parseText(input);
    expect(article.children).toHaveLength(1);
    expect(toPlainText(article.children[0]!)).toContain('asked about it by reporters. Here is the full exchange');
    expect(article.removed.map((r) => [r.kind, r.text])).toEqual([['source', 'Via: Breitbart News']]);
    expect(article.meta.source?.name).toBe('Breitbart News');
  });

  it('takes a product widget out of the middle of a paragraph and a publisher blurb off the end', () => {
    const article = parse('glued-product-ad.txt');
    expect(article.children).toHaveLength(1);
    expect(toPlainText(article.children[0]!)).toContain('before they fired. The family');
    expect(article.removed.map((r) => r.rule)).toEqual(['promo/product-ad', 'other/publisher-blurb']);
  });

  it('reads a roundup’s ALL-CAPS section labels and item headlines as subheadings', () => {
    const article = parse('roundup-sections.txt');
    const headings = article.children.filter((b) => b.type === 'heading').map((b) => toPlainText(b));
    expect(headings).toEqual(['TRANSPORTATION', 'Auto insurance rates skyrocket nationwide', 'ENERGY', 'Regulator kicks a utility out of the market']);
    expect(article.children).toHaveLength(6);
  });

  it('splits several tails glued onto a one-line body, last first', () => {
    const article = parse('glued-site-tails.txt');
    expect(article.children).toHaveLength(1);
    expect(toPlainText(article.children[0]!).endsWith('by reporters on Monday morning.')).toBe(true);
    expect(article.removed.map((r) => r.rule)).toEqual(['source/continue-at', 'related/topic-archive', 'promo/support-appeal']);
    expect(article.meta.source?.name).toBe('Huff Post');
  });
});
