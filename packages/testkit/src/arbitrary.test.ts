import { validateArticle } from '@copydesk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleArb } from './arbitrary.js';
import { handmadeArticles } from './handmade.js';
import { mosulGolden } from './fixtures.js';

describe('testkit', () => {
  it('generates articles that the model accepts', () => {
    fc.assert(
      fc.property(articleArb(), (a) => {
        const result = validateArticle(a);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
      }),
      { numRuns: 300 },
    );
  });
  it('hand-made models and the golden seed are valid', () => {
    for (const [name, a] of Object.entries({ ...handmadeArticles(), mosul: mosulGolden() })) {
      expect(validateArticle(a).ok, name).toBe(true);
    }
  });
});
