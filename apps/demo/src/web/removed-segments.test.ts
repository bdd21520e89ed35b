import type { Removed } from '@copydesk/model';
import { describe, expect, it } from 'vitest';
import { describeRemoved, removedSegments } from './removed-segments.js';

function removed(start: number, end: number, kind: Removed['kind'] = 'promo'): Removed {
  return {
    type: 'removed',
    kind,
    text: '',
    reason: `${kind} reason`,
    position: { start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } },
  };
}

describe('removedSegments', () => {
  it('cuts the text at each removed span and keeps every character', () => {
    const text = 'Body one\nBuy now\nBody two\nShare\n';
    const spans = [removed(26, 31, 'share'), removed(9, 16)];
    const segments = removedSegments(text, spans);
    expect(segments.map((s) => [s.text, s.removed?.kind])).toEqual([
      ['Body one\n', undefined],
      ['Buy now', 'promo'],
      ['\nBody two\n', undefined],
      ['Share', 'share'],
      ['\n', undefined],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('skips spans without a position, empty, out of range or overlapping one already placed', () => {
    const text = 'abcdefghij';
    const { position: _, ...unplaced } = removed(0, 1);
    const segments = removedSegments(text, [unplaced, removed(2, 6), removed(4, 8), removed(5, 5), removed(8, 40)]);
    expect(segments.map((s) => s.text)).toEqual(['ab', 'cdef', 'gh', 'ij']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('describes a span by its kind and reason', () => {
    expect(describeRemoved(removed(0, 1, 'signoff'))).toBe('signoff: signoff reason');
  });
});
