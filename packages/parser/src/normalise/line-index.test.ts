import { expect, test } from 'vitest';
import { createLineIndex } from './line-index.js';

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
