import { expect, test } from 'vitest';
import { EntityReader } from './entity.js';

const read = (text: string): [number, string] | undefined => {
  const reader = new EntityReader();
  const end = reader.readAt(text, text.indexOf('&'));
  return end < 0 ? undefined : [end, reader.value];
};

test('named, numeric and double-escaped references, with where they end', () => {
  expect(read('&amp;')).toEqual([5, '&']);
  expect(read('&NotEqualTilde;')).toEqual([15, '\u2242\u0338']);
  expect(read('&#x1F600;')).toEqual([9, '😀']);
  expect(read('&#8217s')).toEqual([6, '’']);
  expect(read('&amp;amp;#8217;')).toEqual([15, '’']);
  expect(read('&nbsp')).toEqual([5, '\u00a0']);
});

test('no reference', () => {
  for (const text of ['&', '& b', '&;', '&#;', '&bogus;', '&amplifier', 'hate&divide']) expect(read(text), text).toBeUndefined();
});
