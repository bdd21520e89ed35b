import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listMarker, listMarkerKind, listMarkerLength } from './list-marker.js';

const lineArb = fc.string({ unit: fc.constantFrom('-', '*', '•', '1', '2', '0', '.', ')', ' ', 'a', 'B', '9'), maxLength: 12 });

describe('list markers', () => {
  it('reads bullets and numbers', () => {
    expect(listMarker('- item')).toEqual({ ordered: false, length: 2 });
    expect(listMarker('•   item')).toEqual({ ordered: false, length: 4 });
    expect(listMarker('12) item')).toEqual({ ordered: true, start: 12, length: 4 });
    expect(listMarker('1234. item')).toBeUndefined();
    expect(listMarker('-item')).toBeUndefined();
    expect(listMarker('')).toBeUndefined();
  });

  it('agree: the length and the kind are those of the marker, 0 and undefined without one', () => {
    fc.assert(
      fc.property(lineArb, (text) => {
        const marker = listMarker(text);
        expect(listMarkerLength(text)).toBe(marker?.length ?? 0);
        expect(listMarkerKind(text)).toBe(marker === undefined ? undefined : marker.ordered ? 'number' : 'bullet');
      }),
      { numRuns: 1000 },
    );
  });

  it('measures markers as the reading by one-character strings did', () => {
    /** As first written: one-character strings, reads past the end giving `undefined`. */
    const reference = (text: string): number => {
      const first = text[0];
      if (first === undefined) return 0;
      if ('-*•·▪‣◦●■►✓✔'.includes(first)) {
        if (text[1] !== ' ' || text.length < 3) return 0;
        let length = 2;
        while (text[length] === ' ') length++;
        return length;
      }
      let i = 0;
      while (i < 3 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      if (i === 0 || (text[i] !== '.' && text[i] !== ')') || text[i + 1] !== ' ') return 0;
      let length = i + 2;
      while (text[length] === ' ') length++;
      return length;
    };
    const unit = fc.constantFrom('-', '*', '•', '·', '▪', '✔', '1', '0', '9', '.', ')', ' ', 'a', '\ud83d', '');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 8 }), (text) => {
        expect(listMarkerLength(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
