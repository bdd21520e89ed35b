import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.js';
import { createTextParser } from './text-parser.js';

const PROMO = 'Grab the Liberty Survival Kit while stocks last, only at our store';

function article(n: number, withPromo: boolean): string {
  const body = `Story number ${n} says something different from the others about topic ${n}.`;
  return `Headline Number ${n}\n\n${body}\n\n${withPromo ? `${PROMO}\n\n` : ''}It ends here for story ${n}.\n`;
}

describe('createTextParser', () => {
  it('sets aside a line repeated across articles, saying so (two-pass)', () => {
    const inputs = [1, 2, 3, 4].map((n) => article(n, n !== 4));
    const parsed = createTextParser().parseAll(inputs);
    for (const [i, result] of parsed.slice(0, 3).entries()) {
      expect(result.removed).toHaveLength(1);
      expect(result.removed[0]).toMatchObject({ kind: 'other', rule: 'repeated/across-articles', text: PROMO });
      expect(result.removed[0]!.reason).toContain('3 of the 4 articles');
      expect(result.children).toHaveLength(2);
      expect(result.meta.title).toBe(`Headline Number ${i + 1}`);
    }
    expect(parsed[3]!.removed).toEqual([]);
  });

  it('learns online: a promo is recognised from its third article on', () => {
    const parser = createTextParser();
    const counts = [1, 2, 3, 4].map((n) => parser.parse(article(n, true)).removed.length);
    expect(counts).toEqual([0, 0, 1, 1]);
    expect(parser.articlesSeen).toBe(4);
  });

  it('leaves a line shared by fewer articles than minRepeats in the body', () => {
    const parsed = createTextParser({ minRepeats: 5 }).parseAll([1, 2, 3, 4].map((n) => article(n, true)));
    for (const result of parsed) expect(result.removed).toEqual([]);
  });

  it('parses like parseText when nothing repeats', () => {
    const input = article(1, true);
    expect(createTextParser().parseAll([input])[0]).toEqual(parseText(input));
  });

  it('learns a site name after a headline dash seen in several articles', () => {
    const inputs = [1, 2].map((n) => `Storm number ${n} hits the coast – Gulf Courier\n\nThe storm hit.\n`);
    const parsed = createTextParser().parseAll(inputs);
    expect(parsed.map((a) => [a.meta.title, a.meta.source?.name])).toEqual([
      ['Storm number 1 hits the coast', 'Gulf Courier'],
      ['Storm number 2 hits the coast', 'Gulf Courier'],
    ]);
    expect(parseText(inputs[0]!).meta.source).toBeUndefined();
  });
});
