import { describe, expect, test } from 'vitest';
import { OffsetMapBuilder } from './offset-map.js';

describe('OffsetMapBuilder', () => {
  test('with no anchors, offsets are the same both ways', () => {
    const map = new OffsetMapBuilder().build(5, 5);
    expect([0, 3, 5].map((i) => map.toOriginal(i))).toEqual([0, 3, 5]);
    expect([0, 3, 5].map((o) => map.fromOriginal(o))).toEqual([0, 3, 5]);
    expect(map.size).toBe(1);
  });

  test('a shrinking replacement: `a&amp;b` → `a&b`', () => {
    const builder = new OffsetMapBuilder();
    builder.replace(1, 1, 6, 1);
    const map = builder.build(3, 7);
    expect([0, 1, 2, 3].map((i) => map.toOriginal(i))).toEqual([0, 1, 6, 7]);
    expect([0, 1, 2, 5, 6, 7].map((o) => map.fromOriginal(o))).toEqual([0, 1, 2, 2, 2, 3]);
  });

  test('a growing replacement keeps every inserted character inside the original span', () => {
    // `x<br>y` where `<br>` (4 characters) becomes two line feeds… and a one-character span becoming three.
    const builder = new OffsetMapBuilder();
    builder.replace(1, 1, 2, 3);
    const map = builder.build(5, 3);
    expect([0, 1, 2, 3, 4, 5].map((i) => map.toOriginal(i))).toEqual([0, 1, 1, 1, 2, 3]);
  });

  test('removals at the start and end', () => {
    const builder = new OffsetMapBuilder();
    builder.replace(0, 0, 2, 0); // two characters removed at the start
    builder.replace(3, 5, 7, 0); // and two at the end
    const map = builder.build(3, 7);
    expect([0, 1, 2, 3].map((i) => map.toOriginal(i))).toEqual([2, 3, 4, 7]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((o) => map.fromOriginal(o))).toEqual([0, 0, 0, 1, 2, 3, 3, 3]);
  });

  test('replacements that keep the length need no anchor', () => {
    const builder = new OffsetMapBuilder();
    for (let i = 0; i < 100; i++) builder.replace(i, i, i + 1, 1);
    expect(builder.build(100, 100).size).toBe(1);
  });

  test('grows past its first allocation', () => {
    const builder = new OffsetMapBuilder();
    for (let i = 0; i < 1000; i++) builder.replace(i, 2 * i, 2 * i + 2, 1); // every CRLF of 1000 lines
    const map = builder.build(1000, 2000);
    expect(map.toOriginal(999)).toBe(1998);
    expect(map.fromOriginal(1999)).toBe(1000);
  });
});
