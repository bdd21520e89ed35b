import { articleArb } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { element, type HtmlElement, type HtmlNode, h, NO_ATTRIBUTES, text } from '../src/html-tree.js';
import { type RenderHtmlOptions, renderHtml } from '../src/index.js';
import { detachBlock, detachTextBlock, serialize } from '../src/serialize.js';

/**
 * The renderer as it would be without `detachBlock` and `detachTextBlock`: every block stays an element in the tree
 * until the page is written. A second copy of the modules, so the one under test is untouched.
 */
async function renderHtmlWithWholeTree(): Promise<typeof renderHtml> {
  vi.resetModules();
  vi.doMock('../src/serialize.js', async (importOriginal) => ({
    ...(await importOriginal<typeof import('../src/serialize.js')>()),
    detachBlock: (block: HtmlElement) => block,
    detachTextBlock: (name: string, value: string) => element(name, NO_ATTRIBUTES, [text(value)]),
  }));
  const module = await import('../src/index.js');
  vi.doUnmock('../src/serialize.js');
  vi.resetModules();
  return module.renderHtml;
}

const optionsArb: fc.Arbitrary<RenderHtmlOptions> = fc.record(
  {
    headingOffset: fc.integer({ min: 0, max: 5 }),
    includeRemoved: fc.boolean(),
    standalone: fc.boolean(),
    stylesheet: fc.constant(false),
  },
  { requiredKeys: [] },
);

describe('blocks written ahead of the page', () => {
  it('give the same HTML as the whole tree written at once, compact and pretty', async () => {
    const renderWholeTree = await renderHtmlWithWholeTree();
    expect(renderWholeTree).not.toBe(renderHtml);
    fc.assert(
      fc.property(articleArb({ maxDepth: 3 }), optionsArb, (article, options) => {
        for (const pretty of [false, true]) {
          expect(renderHtml(article, { ...options, pretty })).toBe(renderWholeTree(article, { ...options, pretty }));
        }
      }),
      { numRuns: 300 },
    );
  });

  /** Block-level elements, some with content whose pretty layout depends on where it stands. */
  const textArb = fc.oneof(fc.constantFrom('a < b & "c"', 'two\nlines', '', ' '), fc.string({ maxLength: 8 }));
  const inlineArb: fc.Arbitrary<HtmlNode> = fc.oneof(
    textArb.map((value) => text(value)),
    textArb.map((value) => h('em', {}, value)),
    fc.constant(h('br')),
  );
  const blockArb: fc.Arbitrary<HtmlElement> = fc.letrec<{ block: HtmlElement }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.tuple(fc.constantFrom('p', 'h2', 'li', 'figcaption'), fc.array(inlineArb, { maxLength: 3 })).map(([name, children]) => element(name, NO_ATTRIBUTES, children)),
      textArb.map((value) => h('p', { class: value, hidden: true }, value)),
      fc.tuple(fc.constantFrom('li', 'ul', 'blockquote'), fc.array(fc.oneof(tie('block'), inlineArb), { maxLength: 3 })).map(([name, children]) => element(name, NO_ATTRIBUTES, children)),
    ),
  })).block;

  it('serialize a detached block as it would the element, at any depth and beside any siblings', () => {
    fc.assert(
      fc.property(blockArb, fc.array(blockArb, { maxLength: 2 }), fc.integer({ min: 0, max: 3 }), (block, siblings, depth) => {
        const around = (node: HtmlNode): HtmlNode[] => {
          let nodes: HtmlNode[] = [node, ...siblings];
          for (let level = 0; level < depth; level += 1) nodes = [element(level % 2 === 0 ? 'article' : 'ul', NO_ATTRIBUTES, nodes)];
          return nodes;
        };
        for (const pretty of [false, true]) {
          expect(serialize(around(detachBlock(block)), { pretty })).toBe(serialize(around(block), { pretty }));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('make the same block of one text without the element as with it', () => {
    fc.assert(
      fc.property(fc.constantFrom('p', 'h1', 'h6', 'li', 'figcaption'), textArb, (name, value) => {
        expect(detachTextBlock(name, value)).toEqual(detachBlock(element(name, NO_ATTRIBUTES, [text(value)])));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the elements whose pretty layout depends on where they stand', () => {
    const item = h('li', {}, 'x');
    const list = h('ul', {}, item);
    expect(detachBlock(list)).toBe(list);
    const nested = h('li', {}, 'text', list);
    expect(detachBlock(nested)).toBe(nested);
    const inline = h('em', {}, 'x');
    expect(detachBlock(inline)).toBe(inline);
    expect(detachBlock(item).type).toBe('markup');
    expect(detachBlock(h('li', {}, 'text', h('em', {}, 'x'))).type).toBe('markup');
  });

  it('keep the checks of the serializer', () => {
    expect(() => detachBlock(h('hr', {}, 'x'))).toThrow(/cannot have children/);
    expect(() => detachBlock(h('p', { 'on click': 'x' }, 'x'))).toThrow(/attribute name/);
    expect(() => detachBlock(h('p', {}, { type: 'raw', value: 'x' }))).toThrow(/only in <script> and <style>/);
    expect(serialize([detachBlock(h('p', { title: '"' }, 'a & b'))], { pretty: false })).toBe('<p title="&quot;">a &amp; b</p>');
  });
});
