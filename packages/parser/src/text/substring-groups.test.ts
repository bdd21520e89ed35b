import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SubstringGroups } from './substring-groups.js';

/** The mask a search of every string with `String#includes` gives. */
const naive = (groups: ReadonlyArray<readonly string[]>, text: string): number => {
  let mask = 0;
  groups.forEach((group, g) => {
    if (group.some((part) => text.includes(part))) mask |= 1 << g;
  });
  return mask;
};

describe('SubstringGroups', () => {
  it('says which groups a text holds', () => {
    const search = new SubstringGroups([['ubscribe now', 'lick here to '], ['Featured ', 'ALL THE '], [' thoughts on ']]);
    expect(search.scan('Subscribe now for the newsletter')).toBe(0b001);
    expect(search.scan('The end.Featured image via Flickr')).toBe(0b010);
    expect(search.scan('Click here to read. 7 thoughts on “It” ALL THE NEWS')).toBe(0b111);
    expect(search.scan('The senator signed the bill on Tuesday.')).toBe(0);
    expect(search.scan('')).toBe(0);
    expect(search.scan('ALL THE')).toBe(0);
  });

  it('refuses strings too short to skip by, and more groups than a mask holds', () => {
    expect(() => new SubstringGroups([['abc', 'ab']])).toThrow(RangeError);
    expect(() => new SubstringGroups(Array.from({ length: 32 }, () => ['abc']))).toThrow(RangeError);
    expect(new SubstringGroups([]).scan('anything')).toBe(0);
  });

  it('agrees with String#includes on arbitrary strings and groups', () => {
    // A small alphabet makes near-misses and overlapping occurrences common.
    const alphabet = fc.constantFrom('a', 'b', ' ', 'é', '—', '\u4e00', '\ud83d', '\ude00', 'A', '\u0fa0');
    const part = fc.oneof(fc.string({ unit: alphabet, minLength: 3, maxLength: 8 }), fc.string({ minLength: 3, maxLength: 10 }));
    const group = fc.array(part, { maxLength: 4 });
    const text = fc.oneof(fc.string({ unit: alphabet, maxLength: 60 }), fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(
      fc.property(fc.array(group, { maxLength: 5 }), text, (groups, text) => {
        expect(new SubstringGroups(groups).scan(text)).toBe(naive(groups, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with String#includes when the strings are planted in the text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', '.', 'é');
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: alphabet, minLength: 3, maxLength: 9 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.string({ unit: alphabet, maxLength: 30 }),
        fc.string({ unit: alphabet, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (groups, before, after, g, k) => {
          const chosen = groups[g % groups.length]!;
          const text = before + chosen[k % chosen.length]! + after;
          const mask = new SubstringGroups(groups).scan(text);
          expect(mask).toBe(naive(groups, text));
          expect(mask & (1 << (g % groups.length))).not.toBe(0);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
