import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeInput } from '../decode/decode.js';
import { CharClass, charClass } from './char-class.js';
import { type NormalisedText, normaliseText } from './normalise.js';

/** Pieces that exercise every branch of the pass, glued together at random. */
const nastyPiece = fc.constantFrom(
  '&amp;', '&amp', '&', '&#', '&#x', '&#8217;', '&#x1F600;', '&nbsp', '&nbsp;', '&copy2020', '&amp;quot;', ';',
  '<', '>', '<br>', '<br/>', '</p>', '<p>', '<a href="x">', '</span>', '<!--', '-->', '"', "'", '<F>', '</B>',
  'Ã', '©', 'â', '€', '™', '\u009d', '\u0092', 'Â', 'ð', 'Ÿ', '˜', 'Ã¢â‚¬â„¢', '\ufffd',
  ' ', '\u00a0', '\u3000', '\r', '\n', '\r\n', '\t', '\u2028', '\u2029',
  '\u200b', '\u200c', '\u200d', '\u00ad', '\ufeff', '\u0000', '\u0007', '\u007f', '\u0081',
  'a', 'Z', '7', 'é', 'ß', '😀', '\ud800', '\udc00', 'م',
);
const nastyText = fc.array(nastyPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), nastyText);

function checkOffsets(n: NormalisedText): void {
  let previous = -1;
  for (let i = 0; i <= n.text.length; i++) {
    const o = n.toOriginal(i);
    expect(Number.isInteger(o)).toBe(true);
    expect(o).toBeGreaterThanOrEqual(Math.max(previous, 0));
    expect(o).toBeLessThanOrEqual(n.original.length);
    previous = o;
  }
  expect(n.toOriginal(n.text.length)).toBe(n.original.length);
  let back = -1;
  for (let o = 0; o <= n.original.length; o++) {
    const i = n.fromOriginal(o);
    expect(i).toBeGreaterThanOrEqual(Math.max(back, 0));
    expect(i).toBeLessThanOrEqual(n.text.length);
    back = i;
  }
}

describe('normaliseText properties', () => {
  test('never throws; offsets are integers, in bounds and monotonic both ways', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        checkOffsets(normaliseText(original));
      }),
      { numRuns: 400 },
    );
  });

  test('every character not produced by a replacement maps to itself', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const n = normaliseText(original, { trackReplacements: true });
        const produced = new Uint8Array(n.text.length);
        for (const r of n.replacements!) {
          produced.fill(1, r.start, r.end);
          expect(r.originalEnd).toBeGreaterThan(r.originalStart);
          if (r.end > r.start) {
            // A replacement starts where its original starts, and ends at or (when removals follow) after its end.
            expect(n.toOriginal(r.start)).toBe(r.originalStart);
            expect(n.toOriginal(r.end)).toBeGreaterThanOrEqual(r.originalEnd);
          } else {
            // A removal: what follows it starts after it.
            expect(n.toOriginal(r.start)).toBeGreaterThanOrEqual(r.originalEnd);
          }
        }
        for (let i = 0; i < n.text.length; i++) {
          if (produced[i] === 0) expect(original[n.toOriginal(i)]).toBe(n.text[i]);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('the output holds no CR, odd spaces, invisibles, controls or inside-line tabs', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const { text } = normaliseText(original);
        let lineHasText = false;
        for (let i = 0; i < text.length; i++) {
          const c = text.charCodeAt(i);
          const kind = charClass(c);
          expect([CharClass.CarriageReturn, CharClass.OddSpace, CharClass.Invisible, CharClass.Control, CharClass.C1Control]).not.toContain(kind);
          expect([CharClass.LineSeparator, CharClass.ParagraphSeparator]).not.toContain(kind);
          if (c === 9) expect(lineHasText).toBe(false);
          if (c === 10) lineHasText = false;
          else if (c !== 9 && c !== 32) lineHasText = true;
        }
      }),
      { numRuns: 300 },
    );
  });

  test('diagnostics are capped and all point inside the original', () => {
    fc.assert(
      fc.property(anyText, (original) => {
        const n = normaliseText(original);
        const perCode = new Map<string, number>();
        for (const d of n.diagnostics) {
          perCode.set(d.code, (perCode.get(d.code) ?? 0) + 1);
          expect(d.severity).toBe('info');
          if (d.position) {
            expect(d.position.start.offset).toBeLessThanOrEqual(d.position.end.offset);
            expect(d.position.end.offset).toBeLessThanOrEqual(original.length);
          }
        }
        for (const count of perCode.values()) expect(count).toBeLessThanOrEqual(11);
      }),
      { numRuns: 200 },
    );
  });

  test('positionOf gives ordered unist points', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (original, a, b) => {
        const n = normaliseText(original);
        const start = n.text.length === 0 ? 0 : a % (n.text.length + 1);
        const end = start + (n.text.length === 0 ? 0 : b % (n.text.length - start + 1));
        const position = n.positionOf(start, end);
        expect(position.start.offset).toBeLessThanOrEqual(position.end.offset);
        for (const point of [position.start, position.end]) {
          expect(point.line).toBeGreaterThanOrEqual(1);
          expect(point.column).toBeGreaterThanOrEqual(1);
          expect(n.pointAt(point.offset)).toEqual(point);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('decodeInput properties', () => {
  test('any bytes decode without throwing, and normalise without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeInput(bytes);
        expect(typeof decoded.text).toBe('string');
        expect(decoded.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
        checkOffsets(normaliseText(decoded.text));
      }),
      { numRuns: 400 },
    );
  });

  test('valid UTF-8 round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        const decoded = decodeInput(new TextEncoder().encode(withoutBom));
        expect(decoded.text).toBe(withoutBom);
        expect(decoded.encoding).toBe('utf-8');
      }),
      { numRuns: 200 },
    );
  });

  test('any string decodes to itself, a leading BOM aside', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const decoded = decodeInput(text);
        expect(decoded.text).toBe(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      }),
    );
  });
});
