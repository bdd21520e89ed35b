import fc from 'fast-check';
import { it } from 'vitest';
import { assertRoundTrip, OPTION_SETS } from '../test/round-trip.js';
import { wildArticleArb } from '../test/wild-arbitrary.js';

// Models outside the builders' normal form (white space and line endings anywhere, adjacent
// text, breaks at the edges of emphasis…), each in one of the option sets.
it('1,000 unnormalised articles survive a round trip', () => {
  const sets = Object.values(OPTION_SETS);
  fc.assert(
    fc.property(wildArticleArb, fc.integer({ min: 0, max: sets.length - 1 }), (article, set) => assertRoundTrip(article, sets[set])),
    { numRuns: 1_000 },
  );
}, 120_000);
