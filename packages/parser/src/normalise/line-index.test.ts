import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createLineIndex, lineStarts } from './line-index.js';

test('lines end at LF, CRLF and a lone CR; offsets are clamped', () => {
  const pointAt = createLineIndex('ab\ncd\r\nef\rgh');
  expect(pointAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
  expect(pointAt(2)).toEqual({ line: 1, column: 3, offset: 2 });
  expect(pointAt(3)).toEqual({ line: 2, column: 1, offset: 3 });
  expect(pointAt(6)).toEqual({ line: 2, column: 4, offset: 6 });
  expect(pointAt(7)).toEqual({ line: 3, column: 1, offset: 7 });
  expect(pointAt(10)).toEqual({ line: 4, column: 1, offset: 10 });
  expect(pointAt(-1)).toEqual({ line: 1, column: 1, offset: 0 });
  expect(pointAt(99)).toEqual({ line: 4, column: 3, offset: 12 });
});

/** The index as first written: a JS array of line starts, one character test at a time. */
function referenceLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function referencePoint(text: string, offset: number): { line: number; column: number; offset: number } {
  const clamped = Math.min(Math.max(Math.floor(offset), 0), text.length);
  const starts = referenceLineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= clamped) line++;
  return { line: line + 1, column: clamped - starts[line]! + 1, offset: clamped };
}

const lineText = fc.string({ unit: fc.constantFrom('a', ' ', 'é', '\n', '\n', '\r', '\r\n', '\n\n\n'), maxLength: 80 });

test('line starts agree with a character-by-character scan on any mix of line ends', () => {
  fc.assert(
    fc.property(lineText, (text) => {
      const { starts, count } = lineStarts(text);
      expect(Array.from({ length: count }, (_, k) => starts[k])).toEqual(referenceLineStarts(text));
    }),
    { numRuns: 500 },
  );
});

test('points agree with the reference at every offset', () => {
  fc.assert(
    fc.property(lineText, (text) => {
      const pointAt = createLineIndex(text);
      for (let offset = -1; offset <= text.length + 1; offset++) expect(pointAt(offset)).toEqual(referencePoint(text, offset));
    }),
    { numRuns: 200 },
  );
});

test('points agree with the reference whatever the order of the lookups', () => {
  const longer = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\n', '\r\n', '\n\n\n', 'abcdefgh'), maxLength: 300 });
  fc.assert(
    fc.property(longer, fc.array(fc.integer({ min: -2, max: 320 }), { maxLength: 40 }), (text, offsets) => {
      const pointAt = createLineIndex(text);
      for (const offset of offsets) expect(pointAt(offset)).toEqual(referencePoint(text, offset));
    }),
    { numRuns: 500 },
  );
});

test('line starts past the first few thousand, kept in a typed array, agree with the reference', () => {
  for (const text of [`head\n${'\n'.repeat(20_000)}tail\n`, 'ab\r\n'.repeat(9000), `${'x\n'.repeat(4094)}y\nz`]) {
    const { starts, count } = lineStarts(text);
    expect(Array.from({ length: count }, (_, k) => starts[k])).toEqual(referenceLineStarts(text));
  }
  const text = `head\n${'\n'.repeat(5000)}tail\n`;
  expect(lineStarts(text).count).toBe(5003);
  expect(createLineIndex(text)(5005)).toEqual({ line: 5002, column: 1, offset: 5005 });
  expect(createLineIndex('')(0)).toEqual({ line: 1, column: 1, offset: 0 });
});
