import { describe, expect, it } from 'vitest';
import { BatchCursor } from './batch-cursor.js';

/** Claims until `done`, alternating threads as given, and says who got what. */
function claimAll(cursor: BatchCursor, threads: readonly number[]): Map<number, number> {
  const owners = new Map<number, number>();
  for (let turn = 0; ; turn++) {
    const thread = threads[turn % threads.length]!;
    const claim = cursor.claim(thread);
    if (claim === 'done') return owners;
    if (claim === 'ahead') throw new Error('unexpected ahead');
    expect(owners.has(claim), `input ${claim} claimed twice`).toBe(false);
    owners.set(claim, thread);
  }
}

describe('BatchCursor', () => {
  it('hands every input out once, in order, within the window', () => {
    const cursor = BatchCursor.create(10, 100);
    const owners = claimAll(cursor, [0, 1, 2]);
    expect([...owners.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [index, thread] of owners) expect(cursor.ownerOf(index)).toBe(thread);
  });

  it('split: the main thread takes the front, workers the back, and they meet without overlap', () => {
    for (const total of [0, 1, 2, 7, 64]) {
      const cursor = BatchCursor.create(total, Number.POSITIVE_INFINITY);
      const owners = claimAll(cursor, [0, 1, 1, 0, 2]);
      expect(owners.size).toBe(total);
      const front = [...owners].filter(([, thread]) => thread === 0).map(([index]) => index);
      const back = [...owners].filter(([, thread]) => thread !== 0).map(([index]) => index);
      // Every front input comes before every back input.
      if (front.length > 0 && back.length > 0) expect(Math.max(...front)).toBeLessThan(Math.min(...back));
      expect(back).toEqual([...back].sort((a, b) => b - a));
    }
  });

  it('says ahead when a window past the handled results is claimed, and goes on once they are handled', () => {
    const cursor = BatchCursor.create(5, 2);
    expect(cursor.claim(0)).toBe(0);
    expect(cursor.claim(1)).toBe(1);
    expect(cursor.claim(0)).toBe('ahead');
    cursor.setHandled(1);
    expect(cursor.claim(1)).toBe(2);
    expect(cursor.ownerOf(3)).toBe(-1);
  });

  it('claims nothing once stopped', () => {
    const cursor = BatchCursor.create(5, 10);
    expect(cursor.claim(0)).toBe(0);
    cursor.stop();
    expect(cursor.claim(0)).toBe('done');
    expect(cursor.claim(1)).toBe('done');
  });

  it('is shared through its buffer: a second view sees the first one’s claims', () => {
    const cursor = BatchCursor.create(4, Number.POSITIVE_INFINITY);
    const other = new BatchCursor(cursor.buffer, 4, Number.POSITIVE_INFINITY);
    expect(cursor.claim(0)).toBe(0);
    expect(other.claim(1)).toBe(3);
    expect(cursor.ownerOf(3)).toBe(1);
    expect(other.ownerOf(0)).toBe(0);
  });
});
