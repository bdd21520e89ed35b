import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharCodeSet, comparisonKey, endsSentence, hasComparisonKey, isAllCaps, isCaselessPunctuation, isLowerLetter, isSpaceCode, isUpperLetter } from './characters.js';

describe('endsSentence', () => {
  /** As first written: one character string at a time, compared in a chain. */
  const reference = (text: string): boolean => {
    let i = text.length - 1;
    while (i >= 0) {
      const ch = text[i]!;
      if (ch === '"' || ch === '”' || ch === '’' || ch === "'" || ch === ')' || ch === ']' || ch === '»') {
        i--;
        continue;
      }
      return ch === '.' || ch === '!' || ch === '?' || ch === '…';
    }
    return false;
  };

  it('agrees with the chain of comparisons on any text', () => {
    const unit = fc.constantFrom('a', ' ', '.', '!', '?', '…', '"', '”', '’', "'", ')', ']', '»', '“', '\ud83d', '\u2027', '\u00bb', 'é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (text) => {
        expect(endsSentence(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['', 'Done.', 'Done."', 'Why?”', 'So…', '"', '.)', 'no']) expect(endsSentence(text)).toBe(reference(text));
  });

  it('CharCodeSet holds its characters and nothing else', () => {
    const set = new CharCodeSet('.!…');
    for (let c = 0; c < 0x2100; c++) expect(set.has(c)).toBe(c === 46 || c === 33 || c === 0x2026);
    expect(set.has(Number.NaN)).toBe(false);
    expect(set.has(0xffff)).toBe(false);
  });
});

describe('isSpaceCode', () => {
  /** The white space it stands for, written out as comparisons. */
  const reference = (c: number): boolean =>
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x2060 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0xad;

  it('agrees with the comparisons on every code unit, NaN and numbers out of range', () => {
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== reference(c)) expect(`${c}: ${isSpaceCode(c)}`).toBe(`${c}: ${reference(c)}`);
    for (const c of [Number.NaN, -1, 0x10000, 0x10ffff, 1.5]) expect(isSpaceCode(c)).toBe(reference(c));
  });
});

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

describe('comparisonKey', () => {
  /** The key as defined: each letter or digit lower-cased, everything else dropped. */
  const byCharacter = (text: string): string => {
    let out = '';
    for (const ch of text.split('')) {
      const c = ch.charCodeAt(0);
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) out += ch;
      else if (c >= 65 && c <= 90) out += ch.toLowerCase();
      else if (c > 127 && ch.toLowerCase() !== ch.toUpperCase()) out += ch.toLowerCase();
    }
    return out;
  };

  it('keeps letters and digits, lower-cased', () => {
    expect(comparisonKey('“Storm Hits—Coast” 2016!')).toBe('stormhitscoast2016');
    expect(comparisonKey('İstanbul ÉTÉ')).toBe('i̇stanbulété');
    expect(comparisonKey('')).toBe('');
  });

  it('agrees with the character-by-character definition, however long the text', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('A', 'b', '1', ' ', 'İ', 'É', '—'), minLength: 4000, maxLength: 9000 }));
    fc.assert(
      fc.property(text, (t) => {
        expect(comparisonKey(t)).toBe(byCharacter(t));
      }),
      { numRuns: 300 },
    );
  });
});

describe('case tests', () => {
  it('find no case in general punctuation', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (!isCaselessPunctuation(c)) continue;
      const ch = String.fromCharCode(c);
      expect(ch.toLowerCase() === ch && ch.toUpperCase() === ch, c.toString(16)).toBe(true);
    }
  });

  it('isAllCaps agrees with the letter tests, character by character', () => {
    const byCharacter = (text: string): boolean => {
      let letters = 0;
      for (const ch of text.split('')) {
        if (isLowerLetter(ch)) return false;
        if (isUpperLetter(ch)) letters++;
      }
      return letters >= 2;
    };
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('A', 'b', 'É', 'é', '’', '“', '—', ' ', '1', 'ß', 'Σ') }));
    fc.assert(
      fc.property(text, (t) => {
        expect(isAllCaps(t)).toBe(byCharacter(t));
      }),
      { numRuns: 1000 },
    );
    expect(isAllCaps('BREAKING: “U.S. HOUSE” — VOTE')).toBe(true);
    expect(isAllCaps('BREAKING: “U.S. House”')).toBe(false);
  });
});
