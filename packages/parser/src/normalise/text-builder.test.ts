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
