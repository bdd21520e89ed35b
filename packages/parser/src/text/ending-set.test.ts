import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalCase, EndingSet } from './ending-set.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const endsWithCaseless = (text: string, ending: string): boolean => new RegExp(`${escapeRegExp(ending)}$`, 'i').test(text);

describe('EndingSet', () => {
  it('finds the endings a rule prefilter looks for', () => {
    const set = new EndingSet(['report', 'report.', 'story', 'story.']);
    expect(set.endsIn('Jane Roe contributed to this report.')).toBe(true);
    expect(set.endsIn('A short story')).toBe(true);
    expect(set.endsIn('The reporter left.')).toBe(false);
    expect(set.endsIn('')).toBe(false);
    expect(new EndingSet([]).endsIn('anything')).toBe(false);
    expect(new EndingSet(['']).endsIn('anything')).toBe(true);
  });

  it('compares as a case-insensitive regular expression does when asked', () => {
    const set = new EndingSet(['click here', 'click here.'], true);
    expect(set.endsIn('Want more – CLICK HERE.')).toBe(true);
    expect(set.endsIn('Want more – Click Here')).toBe(true);
    expect(set.endsIn('Want more – click there')).toBe(false);
    // "ſ" and "K" (Kelvin) upper-case to ASCII letters, which such an expression never matches.
    expect(new EndingSet(['s'], true).endsIn('ſ')).toBe(false);
    expect(new EndingSet(['k'], true).endsIn('\u212a')).toBe(false);
    expect(new EndingSet(['é'], true).endsIn('É')).toBe(true);
  });

  it('agrees with String#endsWith and with a case-insensitive expression on arbitrary strings', () => {
    const alphabet = fc.constantFrom('a', 'A', 'b', '.', ' ', 'é', 'É', 'ſ', 'S', 's', 'ß', '\u212a', 'k', '\ud83d', '\ude00');
    const small = fc.string({ unit: alphabet, maxLength: 12 });
    const any = fc.oneof(small, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(fc.oneof(small, fc.string({ maxLength: 4 })), { maxLength: 6 }), any, any, (endings, before, tail) => {
        for (const text of [before, before + tail, before + (endings[0] ?? '')]) {
          expect(new EndingSet(endings).endsIn(text)).toBe(endings.some((ending) => text.endsWith(ending)));
          expect(new EndingSet(endings, true).endsIn(text)).toBe(endings.some((ending) => endsWithCaseless(text, ending)));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('folds every code unit as ECMAScript\'s Canonicalize without the u flag does', () => {
    const reference = (code: number): number => {
      const upper = String.fromCharCode(code).toUpperCase();
      if (upper.length !== 1) return code;
      const folded = upper.charCodeAt(0);
      return code >= 128 && folded < 128 ? code : folded;
    };
    for (let code = 0; code < 0x10000; code++) if (canonicalCase(code) !== reference(code)) expect(`${code}: ${canonicalCase(code)}`).toBe(`${code}: ${reference(code)}`);
  });
});
