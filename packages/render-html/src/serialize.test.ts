import { describe, expect, it } from 'vitest';
import type { SafeUrl } from './escape.js';
import { element, h, NO_ATTRIBUTES } from './html-tree.js';
import { serialize } from './serialize.js';

describe('serialize', () => {
  const tree = h('article', {}, h('p', { class: 'a"b' }, 'x < y ', h('em', {}, 'z')), h('hr'), h('p', { hidden: true, title: undefined }, 'w'));

  it('writes compact HTML with escaped text and attributes', () => {
    expect(serialize([tree], { pretty: false })).toBe('<article><p class="a&quot;b">x &lt; y <em>z</em></p><hr><p hidden>w</p></article>');
  });

  it('puts block children of block containers on indented lines, leaving inline content alone', () => {
    expect(serialize([tree], { pretty: true })).toBe('<article>\n  <p class="a&quot;b">x &lt; y <em>z</em></p>\n  <hr>\n  <p hidden>w</p>\n</article>');
  });

  it('keeps text next to blocks on one line, so no white space is added where it would show', () => {
    expect(serialize([h('li', {}, 'text', h('ul', {}, h('li', {}, 'x')))], { pretty: true })).toBe('<li>text<ul>\n  <li>x</li>\n</ul></li>');
  });

  it('refuses raw text that could close its element or sits outside script and style', () => {
    expect(() => serialize([h('script', {}, { type: 'raw', value: '{"a":"</script>"}' })], { pretty: false })).toThrow(/<\/script/);
    expect(() => serialize([h('style', {}, { type: 'raw', value: 'a{} </STYLE>' })], { pretty: false })).toThrow(/<\/style/);
    expect(() => serialize([h('script', {}, { type: 'raw', value: '<!--' })], { pretty: false })).toThrow();
    expect(() => serialize([h('p', {}, { type: 'raw', value: 'x' })], { pretty: false })).toThrow(/only in <script> and <style>/);
    expect(() => serialize([h('script', {}, { type: 'raw', value: '{"a":"< x </sCrIpT "}' })], { pretty: false })).toThrow(/<\/script/);
    expect(serialize([h('style', {}, { type: 'raw', value: 'a<b </styl </stylf <!- ' })], { pretty: false })).toBe('<style>a<b </styl </stylf <!- </style>');
    expect(serialize([h('script', {}, { type: 'raw', value: '{"a":"\\u003c/script"}' })], { pretty: false })).toBe('<script>{"a":"\\u003c/script"}</script>');
  });

  it('refuses element and attribute names it does not write itself', () => {
    expect(() => serialize([h('p onclick=x', {})], { pretty: false })).toThrow(/element name/);
    expect(() => serialize([h('p', { 'on click': 'x' })], { pretty: false })).toThrow(/attribute name/);
    expect(() => serialize([h('br', {}, 'x')], { pretty: false })).toThrow(/cannot have children/);
    // Tags are made once per name, and only for names that passed the check.
    expect(() => serialize([h('p onclick=x', {})], { pretty: false })).toThrow(/element name/);
    expect(() => serialize([h('p', {}, h('br', {}, 'x'))], { pretty: false })).toThrow(/cannot have children/);
  });

  it('writes elements made around an existing array of children with the shared empty attributes', () => {
    const children = [h('li', {}, 'a'), element('li', NO_ATTRIBUTES, [{ type: 'text', value: 'b & c' }])];
    expect(serialize([element('ul', NO_ATTRIBUTES, children)], { pretty: true })).toBe('<ul>\n  <li>a</li>\n  <li>b &amp; c</li>\n</ul>');
    expect(Object.isFrozen(NO_ATTRIBUTES) && Object.keys(NO_ATTRIBUTES)).toEqual([]);
  });

  it('takes href and src only as checked URLs', () => {
    const url = 'https://example.com/' as SafeUrl;
    expect(serialize([h('a', { href: url }, 'x')], { pretty: false })).toBe('<a href="https://example.com/">x</a>');
    // @ts-expect-error: a plain string is not a SafeUrl.
    h('a', { href: 'javascript:alert(1)' });
  });
});
