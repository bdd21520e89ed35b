import { type InvalidCase, POSITION, type ValidCase, withPosition } from './embed-in-article.js';

const AT = '/children/0/position';
const point = (line: unknown, column: unknown, offset: unknown) => ({ line, column, offset });

export const validPositions: ValidCase[] = [
  { name: 'a position on one line', document: withPosition(POSITION) },
  { name: 'an empty position (start equals end)', document: withPosition({ start: point(3, 1, 40), end: point(3, 1, 40) }) },
  { name: 'a position over lines', document: withPosition({ start: point(1, 1, 0), end: point(9, 12, 500) }) },
];

export const invalidPositions: InvalidCase[] = [
  { name: 'line 0 (lines start at 1)', document: withPosition({ start: point(0, 1, 0), end: POSITION.end }), path: `${AT}/start/line` },
  { name: 'column 0 (columns start at 1)', document: withPosition({ start: point(1, 0, 0), end: POSITION.end }), path: `${AT}/start/column` },
  { name: 'a negative offset', document: withPosition({ start: point(1, 1, -1), end: POSITION.end }), path: `${AT}/start/offset` },
  { name: 'a fractional offset', document: withPosition({ start: POSITION.start, end: point(1, 6, 4.5) }), path: `${AT}/end/offset` },
  { name: 'a string line', document: withPosition({ start: point('1', 1, 0), end: POSITION.end }), path: `${AT}/start/line` },
  { name: 'a point without an offset', document: withPosition({ start: { line: 1, column: 1 }, end: POSITION.end }), path: `${AT}/start/offset` },
  { name: 'a position without an end', document: withPosition({ start: POSITION.start }), path: `${AT}/end` },
];
