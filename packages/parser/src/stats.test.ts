import { computeStats } from '@copydesk/model';
import { articleArb, handmadeArticles } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleStats } from './stats.js';

describe('articleStats', () => {
  it('equals computeStats on the hand-made articles', () => {
    for (const article of Object.values(handmadeArticles())) expect(articleStats(article)).toEqual(computeStats(article));
  });

  it('equals computeStats on any article', () => {
    fc.assert(
      fc.property(articleArb(), (article) => {
        expect(articleStats(article)).toEqual(computeStats(article));
      }),
      { numRuns: 300 },
    );
  });

  it('counts words as computeStats does at odd characters', () => {
    const odd = ['— – ...', 'a\u00a0b\u2003c', '🙂 😀x', '\ud800 \udc00a', '١٢٣ 漢字', 'x\u200by'];
    for (const value of odd) {
      const article = { ...Object.values(handmadeArticles())[0]!, children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }] };
      expect(articleStats(article)).toEqual(computeStats(article));
    }
  });

  it('counts a list item by item as computeStats counts its joined text', () => {
    const text = (value: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] });
    const nested = { type: 'list' as const, ordered: true, children: [{ type: 'listItem' as const, children: [text('deep\nline'), text('')] }] };
    const list = {
      type: 'list' as const,
      ordered: false,
      children: [
        { type: 'listItem' as const, children: [text('one two'), text('three')] },
        { type: 'listItem' as const, children: [] },
        { type: 'listItem' as const, children: [text('x'), nested] },
      ],
    };
    const article = { ...Object.values(handmadeArticles())[0]!, children: [list, text('after')] };
    expect(articleStats(article)).toEqual(computeStats(article));
    expect(articleStats(article).words).toBe(7);
  });
});
