import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonKey, hasComparisonKey } from './characters.js';

describe('hasComparisonKey', () => {
  it('agrees with comparing comparisonKey results', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('Rise——-Back', 'rise back', 'İstanbul', 'istanbul', 'i̇stanbul', 'ÉTÉ', 'été'));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(hasComparisonKey(a, comparisonKey(b))).toBe(comparisonKey(a) === comparisonKey(b));
      }),
      { numRuns: 500 },
    );
  });

  it('matches a line differing only in case, quotes and dashes', () => {
    expect(hasComparisonKey('“Storm Hits—Coast”', comparisonKey('storm hits coast'))).toBe(true);
    expect(hasComparisonKey('Storm hits coasts', comparisonKey('storm hits coast'))).toBe(false);
    expect(hasComparisonKey('Storm hits', comparisonKey('storm hits coast'))).toBe(false);
  });
});
