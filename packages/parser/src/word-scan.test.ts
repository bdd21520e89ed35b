import { countWords } from '@copydesk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from './word-scan.js';

/** Characters where word counting can go wrong: every kind of white space, letters and digits of several scripts, surrogates. */
const tricky = fc.constantFrom(
  ...' \t\n\v\f\r\u0085\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff',
  ...'aZ09—–-.,!?&’“é\u00aa\u00b2\u00bd\u00d7ß١٢漢字\u0301\ud800\udc00\udbff\udfff',
  '\ud835\udc00', // MATHEMATICAL BOLD CAPITAL A: an astral letter
  '🙂',
  '\ud83d', // a lone high surrogate
);
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.oneof(tricky, fc.string({ unit: 'grapheme-ascii', maxLength: 1 })) }),
  fc.array(tricky).map((parts) => parts.join('')),
);

function expected(value: string): { words: number; lineFeeds: number } {
  return { words: countWords(value), lineFeeds: value.length - value.replace(/\n/g, '').length };
}

describe('scanWords', () => {
  it('counts words as the model does and line feeds on any text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect({ ...scanWords(value) }).toEqual(expected(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts texts too long to be copied one character at a time, the same', () => {
    // Past 32,768 characters the scan reads the text itself rather than a copy of it.
    fc.assert(
      fc.property(text, fc.integer({ min: 32_760, max: 32_780 }), (value, length) => {
        const long = value.length === 0 ? 'x'.repeat(length) : value.repeat(Math.ceil(length / value.length)).slice(0, length);
        expect({ ...scanWords(long) }).toEqual(expected(long));
      }),
      { numRuns: 100 },
    );
  });

  it('counts at odd characters', () => {
    const odd = ['', ' ', '— – ...', 'a\u00a0b\u2003c', '🙂 😀x', '\ud800 \udc00a', '١٢٣ 漢字', 'x\u200by', 'a\n\nb\n', '\ud835\udc00 \ud835', '\u0085x'];
    for (const value of odd) expect({ ...scanWords(value) }).toEqual(expected(value));
  });

  it('counts each character outside Latin-1 the same on its first and later sightings', () => {
    // The kind of such a character is looked up once and remembered.
    const value = 'ж ж\u2009ж \u4e00\u4e00 \u2014 \u2014';
    const first = { ...scanWords(value) };
    expect(first).toEqual(expected(value));
    expect({ ...scanWords(value) }).toEqual(first);
  });
});
