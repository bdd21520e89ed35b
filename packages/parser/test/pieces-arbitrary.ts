import fc from 'fast-check';

/**
 * Text made of up to eight pieces, each a whole string of `pieces`, a cut of one (its start or
 * its end), or a few random characters: lines that hold the strings a prefilter looks for, and
 * near misses of them, far more often than random text would.
 */
export function textOfPieces(pieces: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...pieces),
        fc.constantFrom(...pieces).chain((s) => fc.nat(s.length).map((n) => s.slice(0, n))),
        fc.constantFrom(...pieces).chain((s) => fc.nat(s.length).map((n) => s.slice(n))),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));
}
