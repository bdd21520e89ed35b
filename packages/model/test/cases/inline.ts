import { type InvalidCase, POSITION, type ValidCase, withInline } from './embed-in-article.js';

const AT = '/children/0/children/0';

export const validInlines: ValidCase[] = [
  { name: 'text', document: withInline({ type: 'text', value: 'Mosul' }) },
  { name: 'text with a position', document: withInline({ type: 'text', value: 'Mosul', position: POSITION }) },
  { name: 'emphasis holding strong', document: withInline({ type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value: 'a' }] }] }) },
  { name: 'strong', document: withInline({ type: 'strong', children: [{ type: 'text', value: 'b' }] }) },
  { name: 'link with a title', document: withInline({ type: 'link', url: 'https://example.com/', title: 'Example', children: [{ type: 'text', value: 'c' }] }) },
  { name: 'link holding emphasis', document: withInline({ type: 'link', url: '/relative', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'd' }] }] }) },
  { name: 'link with an unsafe scheme (kept; renderers decide)', document: withInline({ type: 'link', url: 'javascript:alert(1)', children: [] }) },
  { name: 'break', document: withInline({ type: 'break' }) },
  { name: 'code', document: withInline({ type: 'code', value: 'x < y' }) },
];

export const invalidInlines: InvalidCase[] = [
  { name: 'text without a value', document: withInline({ type: 'text' }), path: `${AT}/value` },
  { name: 'text with a number value', document: withInline({ type: 'text', value: 3 }), path: `${AT}/value` },
  { name: 'emphasis with string children', document: withInline({ type: 'emphasis', children: 'a' }), path: `${AT}/children` },
  { name: 'strong holding a paragraph', document: withInline({ type: 'strong', children: [{ type: 'paragraph', children: [] }] }), path: `${AT}/children/0/type` },
  { name: 'link without a url', document: withInline({ type: 'link', children: [] }), path: `${AT}/url` },
  { name: 'link with a number title', document: withInline({ type: 'link', url: 'a', title: 1, children: [] }), path: `${AT}/title` },
  { name: 'break with children', document: withInline({ type: 'break', children: [] }), path: AT },
  { name: 'code without a value', document: withInline({ type: 'code' }), path: `${AT}/value` },
  { name: 'an unknown inline type', document: withInline({ type: 'image', url: 'a.png' }), path: `${AT}/type` },
  { name: 'an inline without a type', document: withInline({ value: 'x' }), path: `${AT}/type` },
];
