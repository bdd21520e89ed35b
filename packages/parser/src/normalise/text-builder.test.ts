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
