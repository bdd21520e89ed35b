import { describe, expect, it } from 'vitest';
import { parseText } from './parse-text.js';

/**
 * Parsing time at size n and 4n on inputs built to be long in one way. Linear work gives a
 * ratio near 4, work per item that grows with the input (a search over earlier items, a
 * growing copy) gives 16; the bound sits well above 4 so a busy machine does not fail it, and
 * well below 16. The fastest of several runs is taken: other work only ever adds time.
 */
function scalingRatio(build: (n: number) => string, n: number): number {
  const small = Buffer.from(build(n));
  const large = Buffer.from(build(n * 4));
  const fastest = (input: Uint8Array, runs: number): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      parseText(input);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };
  fastest(small, 5);
  fastest(large, 3);
  return fastest(large, 7) / fastest(small, 15);
}

const MAX_RATIO = 8;

describe('parse time grows linearly with the input', () => {
  it('with a list of thousands of items', () => {
    const list = (n: number): string => {
      const parts = ['A list of every item', '', 'The items follow.', ''];
      for (let i = 0; i < n; i++) parts.push(`- Item ${i + 1}: a short line of text for the list`);
      return `${parts.join('\n')}\n`;
    };
    const article = parseText(list(3));
    expect(article.children.at(-1)).toMatchObject({ type: 'list', ordered: false });
    expect(scalingRatio(list, 10_000)).toBeLessThan(MAX_RATIO);
  });

  it('with a hundred thousand blank lines between two lines of text', () => {
    const blank = (n: number): string => `Headline before the gap\n${'\n'.repeat(n)}The only paragraph after the gap.\n`;
    const article = parseText(blank(10));
    expect(article.children[0]?.position?.start.line).toBe(12);
    expect(scalingRatio(blank, 100_000)).toBeLessThan(MAX_RATIO);
  });
});
