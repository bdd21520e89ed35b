import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhiteSpace, excerpt } from './text-excerpt.js';

describe('excerpt', () => {
  it('keeps short text as it is', () => {
    expect(excerpt('The army said', 13)).toBe('The army said');
  });

  it('cuts at the last space before the limit, without trailing punctuation', () => {
    expect(excerpt('The army said on Monday', 12)).toBe('The army…');
    expect(excerpt('The army, said the minister', 10)).toBe('The army…');
  });

  it('cuts inside a word only when the first word is too long', () => {
    expect(excerpt('Supercalifragilistic', 6)).toBe('Super…');
  });

  it('never splits a surrogate pair', () => {
    expect(excerpt('ab😀😀😀', 4)).toBe('ab…');
  });

  it('stays within the limit, keeps a prefix of the text and ends with an ellipsis when cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 2, max: 60 }), (text, max) => {
        const out = excerpt(text, max);
        if (text.length <= max) {
          expect(out).toBe(text);
          return;
        }
        expect(out.length).toBeLessThanOrEqual(max);
        expect(out.endsWith('…')).toBe(true);
        expect(text.startsWith(out.slice(0, -1))).toBe(true);
        // Well-formed UTF-16: no lone high surrogate before the ellipsis.
        expect(JSON.parse(JSON.stringify(out))).toBe(out);
      }),
    );
  });
});

describe('collapseWhiteSpace', () => {
  it('joins runs of white space and line breaks into one space and trims', () => {
    expect(collapseWhiteSpace('  a \n\n b\t\u00a0c  ')).toBe('a b c');
    expect(collapseWhiteSpace(' \n ')).toBe('');
  });

  it('agrees with splitting on white space and joining with one space', () => {
    const space = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', ' \u00a0 ');
    const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((w) => !/[\s\u0085\u180e\ufeff]/u.test(w));
    fc.assert(
      fc.property(fc.array(fc.oneof(space, word), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const expected = text.split(/[\t-\r \u00a0\u2000-\u200a\u2028\u2029\u3000]+/).filter(Boolean).join(' ');
        expect(collapseWhiteSpace(text)).toBe(expected);
      }),
    );
  });
});
