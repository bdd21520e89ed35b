import type { Article, Block, Inline } from '@copydesk/model';
import fc from 'fast-check';

/**
 * Models outside the builders' normal form, for the renderer's own robustness: text with any
 * mix of syntax characters, white space (also at the edges and around line endings) and
 * non-ASCII spaces; emphasis and strong side by side and nested at their edges; breaks next to
 * anything. Only what CommonMark cannot express is left out (see the README): links inside
 * links, two emphasis/strong or two inline code nodes side by side, emphasis nested more than
 * two deep (inline content is at most two containers deep here), and `]:` inside inline code.
 */
const CHARACTERS = [
  'a', 'b', 'Z', '1', '9', ' ', ' ', '\t', '\n', '\u00a0', '\u2003', 'é', '😀', '*', '_', '#', '-', '+', '=', '>', '<', '`', '~', '|', ':',
  '[', ']', '(', ')', '!', '\\', '&', ';', '.', '"', "'", '@', '/', 'w', 'h', 't', 'p', 's', '{', '}',
];

const textValue = fc.array(fc.constantFrom(...CHARACTERS), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));

function inlineArb(depth: number, inLink: boolean): fc.Arbitrary<Inline> {
  const leaves: fc.Arbitrary<Inline>[] = [
    textValue.map((value): Inline => ({ type: 'text', value })),
    // `]:` in code in the text of a link that starts a paragraph makes a link reference
    // definition of it (definitions know no code spans): left out, see the README.
    textValue.map((value): Inline => ({ type: 'code', value: value.replace(/\n/g, ' ').replaceAll(']:', '] :') })),
    fc.constant<Inline>({ type: 'break' }),
  ];
  if (depth <= 0) return fc.oneof(...leaves);
  const children = fc.array(inlineArb(depth - 1, inLink), { minLength: 1, maxLength: 3 });
  const containers: fc.Arbitrary<Inline>[] = [
    children.map((c): Inline => ({ type: 'emphasis', children: c })),
    children.map((c): Inline => ({ type: 'strong', children: c })),
  ];
  if (!inLink) {
    containers.push(
      fc
        .record({
          url: fc.constantFrom('https://example.com/a', '/x y', 'https://e.com/(a)b', 'mailto:a@b.co'),
          children: fc.array(inlineArb(depth - 1, true), { maxLength: 3 }),
        })
        .map(({ url, children: c }): Inline => ({ type: 'link', url, children: c })),
    );
  }
  return fc.oneof({ weight: 3, arbitrary: fc.oneof(...leaves) }, { weight: 2, arbitrary: fc.oneof(...containers) });
}

/**
 * No two attention nodes and no two inline code nodes side by side: CommonMark merges their
 * delimiter runs. (Runs inside a link's text count as side by side with the link's neighbours.)
 */
function separated(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    const attention = (n: Inline) => n.type === 'emphasis' || n.type === 'strong';
    if (last && ((attention(node) && attention(last)) || (edge(node, 'first') === 'code' && edge(last, 'last') === 'code'))) {
      out.push({ type: 'text', value: ' ' });
    }
    out.push('children' in node ? ({ ...node, children: separated(node.children) } as Inline) : node);
  }
  return out;
}

/** The type of the node at the first or last edge of `node`, through link text. */
function edge(node: Inline, side: 'first' | 'last'): Inline['type'] | undefined {
  if (node.type !== 'link') return node.type;
  const child = side === 'first' ? node.children[0] : node.children[node.children.length - 1];
  return child ? edge(child, side) : undefined;
}

const phrasing = fc.array(inlineArb(2, false), { minLength: 1, maxLength: 5 }).map(separated);

const blockArb: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => ({
  block: fc.oneof(
    { weight: 5, arbitrary: phrasing.map((children): Block => ({ type: 'paragraph', children })) },
    { weight: 1, arbitrary: fc.record({ depth: fc.integer({ min: 2, max: 6 }), children: phrasing }).map(({ depth, children }): Block => ({ type: 'heading', depth, children })) },
    { weight: 1, arbitrary: fc.array(tie('block'), { maxLength: 2 }).map((children): Block => ({ type: 'blockquote', children })) },
    {
      weight: 1,
      arbitrary: fc
        .record({ ordered: fc.boolean(), items: fc.array(fc.array(tie('block'), { maxLength: 2 }), { minLength: 1, maxLength: 3 }) })
        .map(({ ordered, items }): Block => ({ type: 'list', ordered, children: items.map((children) => ({ type: 'listItem', children })) })),
    },
    { weight: 1, arbitrary: fc.constant<Block>({ type: 'thematicBreak' }) },
  ),
})).block;

export const wildArticleArb: fc.Arbitrary<Article> = fc
  .array(blockArb, { minLength: 1, maxLength: 4 })
  .map((children) => ({ type: 'article', version: '1.0.0', meta: { authors: [], tags: [] }, children, removed: [], diagnostics: [] }));
