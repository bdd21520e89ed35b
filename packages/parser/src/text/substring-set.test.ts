import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SubstringSet } from './substring-set.js';

const naive = (parts: readonly string[], text: string, from: number): boolean => parts.some((part) => text.indexOf(part, from) !== -1);

describe('SubstringSet', () => {
  it('finds the strings a rule prefilter looks for', () => {
    const set = new SubstringSet(['ubscrib', 'ign up', 'lick here', 'et your free']);
    expect(set.occursIn('Subscribe now for the newsletter')).toBe(true);
    expect(set.occursIn('Click here to get the dispatch')).toBe(true);
    expect(set.occursIn('Get your free copy')).toBe(true);
    expect(set.occursIn('Please sign up.')).toBe(true);
    expect(set.occursIn('The senator signed the bill on Tuesday.')).toBe(false);
    expect(set.occursIn('')).toBe(false);
  });

  it('looks only at what starts at `from` or later', () => {
    const set = new SubstringSet(['Via:', 'h/t ']);
    expect(set.occursIn('Via: Politico and more', 0)).toBe(true);
    expect(set.occursIn('Via: Politico and more', 1)).toBe(false);
    expect(set.occursIn('text h/t Site', 5)).toBe(true);
    expect(set.occursIn('text h/t Site', 6)).toBe(false);
    expect(set.occursIn('text h/t Site', 100)).toBe(false);
  });

  it('handles empty, one-character and non-ASCII strings', () => {
    expect(new SubstringSet([]).occursIn('anything')).toBe(false);
    expect(new SubstringSet(['', 'abc']).occursIn('xyz', 10)).toBe(true);
    expect(new SubstringSet(['?', 'ab']).occursIn('why?')).toBe(true);
    expect(new SubstringSet(['—More', '× ']).occursIn('end.—More…')).toBe(true);
    expect(new SubstringSet(['😀 x']).occursIn('a 😀 x')).toBe(true);
    expect(new SubstringSet(['😀 x']).occursIn('a 😁 x')).toBe(false);
  });

  it('agrees with String#indexOf on arbitrary strings and sets', () => {
    // A small alphabet makes near-misses and overlapping occurrences common.
    const alphabet = fc.constantFrom('a', 'b', ' ', 'é', '—', '\u4e00', '\ud83d', '\ude00', 'A', '\u0fa0');
    const small = fc.string({ unit: alphabet, maxLength: 40 });
    const part = fc.oneof(fc.string({ unit: alphabet, maxLength: 6 }), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }));
    const text = fc.oneof(small, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), text, fc.integer({ min: -3, max: 70 }), (parts, text, from) => {
        const set = new SubstringSet(parts);
        expect(set.occursIn(text, from)).toBe(naive(parts, text, from));
        expect(set.occursIn(text)).toBe(naive(parts, text, 0));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with String#indexOf when the strings are planted in the text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', '.', 'é');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 2, maxLength: 7 }), { minLength: 1, maxLength: 5 }),
        fc.string({ unit: alphabet, maxLength: 30 }),
        fc.string({ unit: alphabet, maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 0, max: 70 }),
        (parts, before, after, pick, from) => {
          const text = before + parts[pick % parts.length]! + after;
          expect(new SubstringSet(parts).occursIn(text, from)).toBe(naive(parts, text, from));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees with String#indexOf when the shortest string takes three to five characters (searched as alternatives)', () => {
    // Characters a regular expression would read as syntax, to hold the escaping to the letter.
    const alphabet = fc.constantFrom('a', ' ', '.', '*', '(', ')', '[', '\\', '|', '?', '$', '^', '/', '-', '{', '}', '+', '\n', '\ud83d');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 3, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        fc.string({ unit: alphabet, maxLength: 40 }),
        fc.string({ unit: alphabet, maxLength: 40 }),
        fc.nat(),
        fc.boolean(),
        fc.integer({ min: -2, max: 90 }),
        (parts, before, after, pick, plant, from) => {
          const text = plant ? before + parts[pick % parts.length]! + after : before + after;
          const set = new SubstringSet(parts);
          expect(set.occursIn(text, from)).toBe(naive(parts, text, from));
          // The search keeps no state from one text to the next.
          expect(set.occursIn(after)).toBe(naive(parts, after, 0));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
