import { expect, test } from 'vitest';
import { TextBuilder } from './text-builder.js';

test('joins pieces in order across batches and counts their length', () => {
  const builder = new TextBuilder();
  let expected = '';
  for (let i = 0; i < 5000; i++) {
    const piece = i % 7 === 0 ? '' : String(i);
    builder.append(piece);
    expected += piece;
  }
  expect(builder.length).toBe(expected.length);
  expect(builder.toString()).toBe(expected);
  expect(new TextBuilder().toString()).toBe('');
});

test('a last batch shorter than the earlier ones takes none of their pieces again', () => {
  const builder = new TextBuilder();
  const pieces = Array.from({ length: 40_000 }, (_, i) => (i % 3 === 0 ? `<${i}>` : 'a run of plain text between repairs'));
  for (const piece of pieces) builder.append(piece);
  const expected = pieces.join('');
  expect(expected.length).toBeGreaterThan(2 * 131072);
  expect(builder.toString()).toBe(expected);
});

test('take gives the text built so far and starts another, short or long', () => {
  const builder = new TextBuilder();
  const long = Array.from({ length: 30_000 }, (_, i) => `piece ${i} of a long text; `);
  for (const piece of long) builder.append(piece);
  expect(builder.take()).toBe(long.join(''));
  expect(builder.length).toBe(0);
  expect(builder.take()).toBe('');
  for (const piece of ['one', ' ', 'two']) builder.append(piece);
  expect(builder.length).toBe(7);
  expect(builder.take()).toBe('one two');
  builder.append('alone');
  expect(builder.take()).toBe('alone');
  expect(builder.toString()).toBe('');
});
