import { type Paragraph, toPlainText } from '@copydesk/model';
import { articleArb } from '@copydesk/testkit';
import fc from 'fast-check';
import { type DefaultTreeAdapterMap, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { type RenderHtmlOptions, renderHtml } from '../src/index.js';

type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const optionsArb: fc.Arbitrary<RenderHtmlOptions> = fc.record(
  {
    headingOffset: fc.integer({ min: 0, max: 5 }),
    classPrefix: fc.constantFrom('', 'copydesk-', 'x_'),
    includeRemoved: fc.boolean(),
    linkRel: fc.constantFrom('', 'nofollow ugc', 'noopener noreferrer'),
    pretty: fc.boolean(),
  },
  { requiredKeys: [] },
);

function textOf(node: ParentNode): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text' && 'value' in child) out += child.value;
    else if ('childNodes' in child) out += textOf(child);
  }
  return out;
}

describe('renderHtml on generated articles', () => {
  it('writes fragments an HTML parser reads without a single parse error', () => {
    fc.assert(
      fc.property(articleArb(), optionsArb, (article, options) => {
        const errors: string[] = [];
        parseFragment(renderHtml(article, options), { onParseError: (error) => errors.push(error.code) });
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the text of every top-level paragraph, in order', () => {
    fc.assert(
      fc.property(articleArb(), optionsArb, (article, options) => {
        delete article.meta.dateline;
        const fragment = parseFragment(renderHtml(article, options));
        const root = fragment.childNodes.find((node): node is Element => node.nodeName === 'article');
        expect(root).toBeDefined();
        const rendered = (root as Element).childNodes
          .filter((node): node is Element => node.nodeName === 'p')
          .map((p) => textOf(p));
        const expected = article.children
          .filter((block): block is Paragraph => block.type === 'paragraph')
          .map((p) => toPlainText(p).replaceAll('\n', ''));
        expect(rendered).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
