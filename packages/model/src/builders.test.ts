import { describe, expect, it } from 'vitest';
import {
  article,
  blockquote,
  embed,
  emphasis,
  figure,
  heading,
  inlineCode,
  inlines,
  lineBreak,
  link,
  list,
  listItem,
  paragraph,
  strong,
  text,
  thematicBreak,
} from './builders.js';
import { MODEL_VERSION } from './article.js';
import { validateArticle } from './validate.js';

describe('phrasing builders', () => {
  it('merge adjacent text, so paragraph("a", "b") has one text node', () => {
    expect(paragraph('a', 'b')).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'ab' }] });
    expect(paragraph('a', text('b'), 'c')).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'abc' }] });
  });

  it('keep non-text nodes between text apart', () => {
    expect(paragraph('a ', strong('b'), ' c')).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'a ' },
        { type: 'strong', children: [{ type: 'text', value: 'b' }] },
        { type: 'text', value: ' c' },
      ],
    });
  });

  it('drop empty text, so equal documents compare equal however built', () => {
    expect(paragraph('', 'a', '', text(''), 'b')).toEqual(paragraph('ab'));
    expect(emphasis('')).toEqual({ type: 'emphasis', children: [] });
  });

  it('merge inside containers too', () => {
    expect(emphasis('a', 'b')).toEqual({ type: 'emphasis', children: [{ type: 'text', value: 'ab' }] });
    expect(link('https://example.com', ['x', 'y'])).toEqual({ type: 'link', url: 'https://example.com', children: [{ type: 'text', value: 'xy' }] });
  });

  it('join the positions of merged text when both have one', () => {
    const first = { type: 'text' as const, value: 'a', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } } };
    const second = { type: 'text' as const, value: 'b', position: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 3, offset: 2 } } };
    expect(inlines([first, second])).toEqual([{ type: 'text', value: 'ab', position: { start: first.position.start, end: second.position.end } }]);
  });

  it('make every inline node', () => {
    expect(lineBreak()).toEqual({ type: 'break' });
    expect(inlineCode('x < y')).toEqual({ type: 'code', value: 'x < y' });
    expect(link('/a', 'b', 'Title')).toEqual({ type: 'link', url: '/a', title: 'Title', children: [{ type: 'text', value: 'b' }] });
    expect(link('/a', 'b')).not.toHaveProperty('title');
  });
});

describe('flow builders', () => {
  it('make headings of a depth', () => {
    expect(heading(3, 'Sub', emphasis('head'))).toEqual({
      type: 'heading',
      depth: 3,
      children: [
        { type: 'text', value: 'Sub' },
        { type: 'emphasis', children: [{ type: 'text', value: 'head' }] },
      ],
    });
  });

  it('turn strings given as blocks into paragraphs', () => {
    expect(blockquote(['We will win.'], 'Jane Roe')).toEqual({
      type: 'blockquote',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'We will win.' }] }],
      attribution: 'Jane Roe',
    });
    expect(blockquote([paragraph('x')])).not.toHaveProperty('attribution');
  });

  it('wrap list items given as strings or blocks, and keep list items as they are', () => {
    const item = listItem(paragraph('kept'));
    expect(list(true, ['one', paragraph('two'), item], 4)).toEqual({
      type: 'list',
      ordered: true,
      start: 4,
      children: [
        { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }] },
        { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'two' }] }] },
        item,
      ],
    });
    expect(list(false, ['a'])).not.toHaveProperty('start');
  });

  it('make figures with only the parts given', () => {
    expect(figure({ caption: 'ISIS militants.', credit: 'Flickr' })).toEqual({
      type: 'figure',
      caption: [{ type: 'text', value: 'ISIS militants.' }],
      credit: 'Flickr',
    });
    expect(figure({ image: { url: 'a.jpg', alt: 'A' } })).toEqual({ type: 'figure', image: { url: 'a.jpg', alt: 'A' } });
  });

  it('make embeds and thematic breaks', () => {
    expect(embed('https://youtu.be/x', 'Video', 'YouTube')).toEqual({ type: 'embed', url: 'https://youtu.be/x', fallback: 'Video', provider: 'YouTube' });
    expect(embed('u', 'f')).not.toHaveProperty('provider');
    expect(thematicBreak()).toEqual({ type: 'thematicBreak' });
  });
});

describe('article', () => {
  it('makes an empty article of the current version', () => {
    expect(article()).toEqual({ type: 'article', version: MODEL_VERSION, meta: { authors: [], tags: [] }, children: [], removed: [], diagnostics: [] });
  });

  it('fills what is given and turns strings into paragraphs', () => {
    const a = article({ meta: { title: 'T' }, children: ['First.', heading(2, 'Sub')] });
    expect(a.meta).toEqual({ authors: [], tags: [], title: 'T' });
    expect(a.children).toEqual([paragraph('First.'), heading(2, 'Sub')]);
  });

  it('builds valid articles', () => {
    const a = article({
      meta: { title: 'T', leadImage: figure({ caption: 'c', credit: 'd' }) },
      children: ['p', heading(2, 'h'), blockquote(['q'], 'a'), list(false, ['i']), figure({ caption: 'f' }), embed('u', 'f'), thematicBreak()],
    });
    expect(validateArticle(a).ok).toBe(true);
  });
});
