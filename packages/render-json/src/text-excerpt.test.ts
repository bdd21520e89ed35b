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
});
