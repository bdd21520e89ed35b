import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from './article.js';
import type { NodeType } from './node.js';
import { computeStats } from './stats.js';
import { toPlainText } from './plain-text.js';
import { validateArticle } from './validate.js';
import { visit } from './visit.js';

// Property runs are given a generous timeout: CI machines run many suites at once.

/** What JSON gives back: the document a reader of a `.json` file sees. */
const throughJson = (a: Article): unknown => JSON.parse(JSON.stringify(a));

describe('generated articles', () => {
  it('hold every node type, so the properties below cover the whole model', () => {
    const seen = new Set<NodeType>();
    for (const a of fc.sample(articleArb(), 300)) {
      visit(a, (node) => {
        seen.add(node.type);
      });
    }
    const every: NodeType[] = ['article', 'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'figure', 'embed', 'thematicBreak', 'text', 'emphasis', 'strong', 'link', 'break', 'code'];
    expect([...seen].sort()).toEqual([...every].sort());
  });
});

describe('articles survive JSON', () => {
  it.each(Object.entries({ ...handmadeArticles(), mosul: mosulGolden() }))('%s: JSON round trip is equal and still valid', (_name, a) => {
    const back = throughJson(a);
    expect(back).toStrictEqual(a);
    const result = validateArticle(back);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article).toEqual(a);
  });

  it('every generated article is valid, survives JSON, and validates to itself', () => {
    fc.assert(
      fc.property(articleArb(), (a) => {
        const first = validateArticle(a);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        const back = throughJson(a);
        // toEqual, not toStrictEqual: fast-check builds some records without Object.prototype.
        expect(back).toEqual(a);
        const second = validateArticle(back);
        if (!second.ok) throw new Error(JSON.stringify(second.errors));
        expect(second.article).toEqual(a);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('on every generated article, stats agree with the plain text and visit reaches every paragraph', () => {
    fc.assert(
      fc.property(articleArb(), (a) => {
        const stats = computeStats(a);
        let paragraphs = 0;
        visit(a, 'paragraph', () => {
          paragraphs += 1;
        });
        expect(stats.paragraphs).toBe(paragraphs);
        expect(stats.words === 0).toBe(stats.readingMinutes === 0);
        expect(stats.characters).toBeLessThanOrEqual(toPlainText(a).length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
