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
});
