import fc from 'fast-check';
import { describe, it } from 'vitest';
import { assertRoundTrip, representableArticleArb, OPTION_SETS } from '../test/round-trip.js';

describe('generated articles survive a round trip with other options', () => {
  for (const [name, options] of Object.entries(OPTION_SETS).slice(1)) {
    it(`300 articles: ${name}`, () => {
      fc.assert(
        fc.property(representableArticleArb(), (article) => assertRoundTrip(article, options)),
        { numRuns: 300 },
      );
    }, 120_000);
  }
});
