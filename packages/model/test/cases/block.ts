import { type InvalidCase, POSITION, type ValidCase, withBlock } from './embed-in-article.js';

const text = (value: string) => ({ type: 'text', value });
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] });
const AT = '/children/0';

export const validBlocks: ValidCase[] = [
  { name: 'paragraph', document: withBlock(paragraph('a')) },
  { name: 'empty paragraph', document: withBlock({ type: 'paragraph', children: [] }) },
  { name: 'paragraph kept as tagged boilerplate', document: withBlock({ ...paragraph('Support us'), boilerplate: { kind: 'promo', reason: 'A call to action.' } }) },
  { name: 'paragraph with a position', document: withBlock({ ...paragraph('a'), position: POSITION }) },
  { name: 'heading of depth 2', document: withBlock({ type: 'heading', depth: 2, children: [text('a')] }) },
  { name: 'heading of depth 6', document: withBlock({ type: 'heading', depth: 6, children: [text('a')] }) },
  { name: 'blockquote with attribution', document: withBlock({ type: 'blockquote', children: [paragraph('We will win.')], attribution: 'Jane Roe' }) },
  {
    name: 'blockquote holding a list',
    document: withBlock({ type: 'blockquote', children: [{ type: 'list', ordered: false, children: [{ type: 'listItem', children: [paragraph('a')] }] }] }),
  },
  { name: 'ordered list starting at 3', document: withBlock({ type: 'list', ordered: true, start: 3, children: [{ type: 'listItem', children: [paragraph('a')] }] }) },
  { name: 'ordered list starting at 0', document: withBlock({ type: 'list', ordered: true, start: 0, children: [{ type: 'listItem', children: [paragraph('a')] }] }) },
  {
    name: 'list item holding a nested list',
    document: withBlock({
      type: 'list',
      ordered: false,
      children: [{ type: 'listItem', children: [paragraph('outer'), { type: 'list', ordered: true, children: [{ type: 'listItem', children: [paragraph('inner')] }] }] }],
    }),
  },
  {
    name: 'figure with image, caption and credit',
    document: withBlock({ type: 'figure', image: { url: 'https://img.example.com/a.jpg', alt: 'Troops', title: 'Dawn' }, caption: [text('ISIS militants.')], credit: 'Flickr' }),
  },
  { name: 'figure with a caption and no image', document: withBlock({ type: 'figure', caption: [text('A caption.')] }) },
  { name: 'figure with only a credit', document: withBlock({ type: 'figure', credit: 'video screen capture' }) },
  { name: 'embed with a provider', document: withBlock({ type: 'embed', url: 'https://youtu.be/x', provider: 'YouTube', fallback: 'Video: the battle' }) },
  { name: 'embed without a provider', document: withBlock({ type: 'embed', url: 'https://example.com/e', fallback: '' }) },
  { name: 'thematic break', document: withBlock({ type: 'thematicBreak' }) },
];

export const invalidBlocks: InvalidCase[] = [
  { name: 'paragraph with string children', document: withBlock({ type: 'paragraph', children: 'a' }), path: `${AT}/children` },
  { name: 'paragraph holding a block', document: withBlock({ type: 'paragraph', children: [paragraph('a')] }), path: `${AT}/children/0/type` },
  { name: 'boilerplate tag of an unknown kind', document: withBlock({ ...paragraph('a'), boilerplate: { kind: 'advert', reason: 'x' } }), path: `${AT}/boilerplate/kind` },
  { name: 'boilerplate tag without a reason', document: withBlock({ ...paragraph('a'), boilerplate: { kind: 'promo', reason: '' } }), path: `${AT}/boilerplate/reason` },
  { name: 'heading of depth 1 (the title)', document: withBlock({ type: 'heading', depth: 1, children: [] }), path: `${AT}/depth` },
  { name: 'heading of depth 7', document: withBlock({ type: 'heading', depth: 7, children: [] }), path: `${AT}/depth` },
  { name: 'heading of depth 2.5', document: withBlock({ type: 'heading', depth: 2.5, children: [] }), path: `${AT}/depth` },
  { name: 'heading without a depth', document: withBlock({ type: 'heading', children: [] }), path: `${AT}/depth` },
  { name: 'blockquote holding text', document: withBlock({ type: 'blockquote', children: [text('a')] }), path: `${AT}/children/0/type` },
  { name: 'blockquote with a number attribution', document: withBlock({ type: 'blockquote', children: [], attribution: 7 }), path: `${AT}/attribution` },
  { name: 'list without ordered', document: withBlock({ type: 'list', children: [] }), path: `${AT}/ordered` },
  { name: 'list holding a paragraph', document: withBlock({ type: 'list', ordered: false, children: [paragraph('a')] }), path: `${AT}/children/0/type` },
  { name: 'list starting at -1', document: withBlock({ type: 'list', ordered: true, start: -1, children: [] }), path: `${AT}/start` },
  { name: 'list item holding text', document: withBlock({ type: 'list', ordered: false, children: [{ type: 'listItem', children: [text('a')] }] }), path: `${AT}/children/0/children/0/type` },
  { name: 'list item at the top level', document: withBlock({ type: 'listItem', children: [] }), path: `${AT}/type` },
  { name: 'figure image without a url', document: withBlock({ type: 'figure', image: { alt: 'x' } }), path: `${AT}/image/url` },
  { name: 'figure with a string caption', document: withBlock({ type: 'figure', caption: 'ISIS militants.' }), path: `${AT}/caption` },
  { name: 'figure with a number credit', document: withBlock({ type: 'figure', credit: 1 }), path: `${AT}/credit` },
  { name: 'embed without fallback text', document: withBlock({ type: 'embed', url: 'https://example.com/e' }), path: `${AT}/fallback` },
  { name: 'embed without a url', document: withBlock({ type: 'embed', fallback: 'x' }), path: `${AT}/url` },
  { name: 'embed carrying raw HTML', document: withBlock({ type: 'embed', url: 'u', fallback: 'x', html: '<iframe>' }), path: AT },
  { name: 'thematic break with children', document: withBlock({ type: 'thematicBreak', children: [] }), path: AT },
  { name: 'an unknown block type', document: withBlock({ type: 'table', children: [] }), path: `${AT}/type` },
  { name: 'a string where a block belongs', document: withBlock('a paragraph'), path: AT },
];
