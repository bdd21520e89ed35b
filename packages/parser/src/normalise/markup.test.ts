import { describe, expect, test } from 'vitest';
import { TagReader } from './markup.js';

const read = (text: string) => new TagReader().readAt(text, text.indexOf('<'));

describe('TagReader', () => {
  test('reads known elements, opening, closing, self-closing, with attributes', () => {
    expect(read('<span>')).toEqual({ end: 6, name: 'span', effect: 'inline' });
    expect(read('</P>')).toEqual({ end: 4, name: 'p', effect: 'paragraph' });
    expect(read('<br />')).toEqual({ end: 6, name: 'br', effect: 'line' });
    expect(read('<td class=x>')).toEqual({ end: 12, name: 'td', effect: 'cell' });
    expect(read('<h2 id="a">')).toMatchObject({ name: 'h2', effect: 'paragraph' });
    expect(read('<input disabled>')).toMatchObject({ name: 'input' });
    expect(read('<!-- note -->')).toEqual({ end: 13, name: '!--', effect: 'inline' });
  });

  test('rejects what only looks like a tag', () => {
    for (const text of ['<3', '< b >', '<foo>', '<span', '<span\n>', '<spanner>', '<Span>', '<F>', '<TIME INC>', '<name>', '<title>', '<!-->', '<!- x ->', '<a <b>']) {
      expect(read(text), text).toBeUndefined();
    }
  });

  test('a failed comment search is not repeated for later comments on the line', () => {
    const reader = new TagReader();
    const text = `${'<!-- '.repeat(5)}\n<!-- x -->`;
    expect(reader.readAt(text, 0)).toBeUndefined();
    expect(reader.readAt(text, 5)).toBeUndefined();
    expect(reader.readAt(text, text.lastIndexOf('<!--'))).toMatchObject({ name: '!--' });
  });
});
