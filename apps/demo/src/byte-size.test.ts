import { describe, expect, it } from 'vitest';
import { formatByteSize, parseByteSize } from './byte-size.js';
import { UsageError } from './usage-error.js';

describe('parseByteSize', () => {
  it.each([
    ['1048576', 1048576],
    ['10MB', 10 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1.5 KB', 1536],
    ['2g', 2 * 1024 ** 3],
  ])('%s is %d bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each(['', 'lots', '-1', '10 parsecs', '0'])('%j is a usage error', (text) => {
    expect(() => parseByteSize(text)).toThrow(UsageError);
  });
});

describe('formatByteSize', () => {
  it('reads like a person would say it', () => {
    expect([37, 2526, 10 * 1024 * 1024].map(formatByteSize)).toEqual(['37 B', '2.5 KB', '10.0 MB']);
  });
});
