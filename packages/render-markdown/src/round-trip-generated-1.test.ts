import fc from 'fast-check';
import { it } from 'vitest';
import { assertRoundTrip, representableArticleArb } from '../test/round-trip.js';

// Half of the 10,000 generated CommonMark round trips; the other half is in
// round-trip-generated-2.test.ts so that the two run in parallel.
it('5,000 generated articles survive a CommonMark round trip (part 1 of 2)', () => {
  fc.assert(
    fc.property(representableArticleArb(), (article) => assertRoundTrip(article)),
    { numRuns: 5_000 },
  );
}, 180_000);
