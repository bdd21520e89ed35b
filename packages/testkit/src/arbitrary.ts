import {
  type Article,
  type Block,
  type Figure,
  type Inline,
  type ListItem,
  MODEL_VERSION,
  REMOVED_KINDS,
  type Removed,
} from '@copydesk/model';
import fc from 'fast-check';

/**
 * fast-check arbitraries for well-formed Copydesk articles: the models a reader can produce
 * and a renderer must handle.
 *
 * Well-formed means what the builders guarantee: no empty or adjacent text nodes, no empty
 * inline containers, text without line breaks (a `break` node is the line break), single
 * spaces, and no white space at the edges of a block or of an emphasis/strong/link.
 * Text is drawn from words mixed with characters that are syntax in Markdown or HTML, so
 * renderers' escaping is exercised on every run.
 */

/** Characters and fragments that are syntax somewhere: Markdown, HTML, URLs, YAML. */
const TRICKY = [
  '*', '_', '#', '1.', '2)', '-', '+', '>', '`', '~', '|', '\\', '[x](y)', '![a](b)', '<tag>', '</p>',
  '&amp;', '&', '<', '"', "'", '=', '[', ']', '(', ')', '{', '}', '!', ':', '---', '***', '<!--',
  'http://example.com', 'a_b_c', '**', '__', '1986.', 'é', '—', '“quoted”', '😀', '%', '$', '@',
] as const;

const WORDS = [
  'Mosul', 'the', 'army', 'said', 'on', 'Monday', 'Reuters', 'ISIS', 'city', 'forces', 'percent',
  'news', 'a', 'of', 'and', 'in', 'to', 'report', 'minister', 'Lisbon', '2016', '4,000',
] as const;

/** A word: mostly plain, sometimes a piece of syntax, sometimes random printable text. */
const wordArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  {
    weight: 1,
    arbitrary: fc
      .string({ minLength: 1, maxLength: 6, unit: 'grapheme-ascii' })
      .map((s) => s.replace(/\s+/g, ''))
      .filter((s) => s.length > 0),
  },
);

/** Words joined by single spaces: no edge white space, never empty. */
export const phraseArb: fc.Arbitrary<string> = fc
  .array(wordArb, { minLength: 1, maxLength: 8 })
  .map((words) => words.join(' '));

const urlArb: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('https://example.com/a_b?x=1&y=2', '/relative/path', 'mailto:desk@example.com', 'https://example.com/(paren)'),
);

export interface ArticleArbitraryOptions {
  /** How deep blocks and inlines may nest. */
  maxDepth?: number;
  /** Largest number of top-level blocks. */
  maxBlocks?: number;
}

/** Merge adjacent text nodes so generated content is in the builders' normal form. */
function normalizeInlines(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: `${last.value} ${node.value}` };
    } else {
      out.push(node);
    }
  }
  return out;
}

/**
 * Inline content whose edges are text-free of white space: separators between nodes are put
 * inside text nodes, and breaks never stand first or last.
 */
function inlineContentArb(depth: number): fc.Arbitrary<Inline[]> {
  const leaf: fc.Arbitrary<Inline> = fc.oneof(
    { weight: 5, arbitrary: phraseArb.map((value): Inline => ({ type: 'text', value })) },
    { weight: 1, arbitrary: phraseArb.map((value): Inline => ({ type: 'code', value })) },
  );
  const node: fc.Arbitrary<Inline> =
    depth <= 0
      ? leaf
      : fc.oneof(
          { weight: 6, arbitrary: leaf },
          { weight: 1, arbitrary: inlineContentArb(depth - 1).map((children): Inline => ({ type: 'emphasis', children })) },
          { weight: 1, arbitrary: inlineContentArb(depth - 1).map((children): Inline => ({ type: 'strong', children })) },
          {
            weight: 1,
            arbitrary: fc
              .record({ url: urlArb, title: fc.option(phraseArb, { nil: undefined }), children: inlineContentArb(0) })
              .map(({ url, title, children }): Inline => (title === undefined ? { type: 'link', url, children } : { type: 'link', url, title, children })),
          },
        );
  return fc.array(fc.tuple(node, fc.boolean()), { minLength: 1, maxLength: 4 }).map((pairs) => {
    const out: Inline[] = [];
    pairs.forEach(([child, breakAfter], index) => {
      if (index > 0) {
        // Separate siblings with a space (or a line break) so words never run together.
        out.push(breakAfter ? { type: 'break' } : { type: 'text', value: ' ' });
      }
      out.push(child);
    });
    return normalizeInlines(mergeSpaces(out));
  });
}

/** `text` + `' '` + `text` → one text; a lone `' '` between two non-text nodes stays. */
function mergeSpaces(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { type: 'text', value: last.value + node.value };
    } else {
      out.push(node);
    }
  }
  return out;
}

function figureArb(): fc.Arbitrary<Figure> {
  return fc
    .record({
      image: fc.option(fc.record({ url: urlArb, alt: fc.option(phraseArb, { nil: undefined }) }), { nil: undefined }),
      caption: fc.option(inlineContentArb(1), { nil: undefined }),
      credit: fc.option(phraseArb, { nil: undefined }),
    })
    .map(({ image, caption, credit }) => {
      const figure: Figure = { type: 'figure' };
      if (image) figure.image = image.alt === undefined ? { url: image.url } : { url: image.url, alt: image.alt };
      if (caption) figure.caption = caption;
      if (credit) figure.credit = credit;
      return figure;
    });
}

/** Any block, nesting quotes and lists up to `depth`. */
export function blockArb(depth = 2): fc.Arbitrary<Block> {
  const paragraph = inlineContentArb(2).map((children): Block => ({ type: 'paragraph', children }));
  const simple: fc.Arbitrary<Block>[] = [
    paragraph,
    fc
      .record({ depth: fc.integer({ min: 2, max: 6 }), children: inlineContentArb(1) })
      .map(({ depth: d, children }): Block => ({ type: 'heading', depth: d as 2, children })),
    figureArb(),
    fc
      .record({ url: urlArb, provider: fc.option(fc.constantFrom('YouTube', 'Twitter', 'Vimeo'), { nil: undefined }), fallback: phraseArb })
      .map(({ url, provider, fallback }): Block => (provider ? { type: 'embed', url, provider, fallback } : { type: 'embed', url, fallback })),
    fc.constant<Block>({ type: 'thematicBreak' }),
  ];
  if (depth <= 0) return fc.oneof({ weight: 6, arbitrary: paragraph }, ...simple.slice(1));
  const inner = blockArb(depth - 1);
  const listItem = fc
    .array(depth > 1 ? inner : paragraph, { minLength: 1, maxLength: 2 })
    .map((children): ListItem => ({ type: 'listItem', children }));
  return fc.oneof(
    { weight: 8, arbitrary: paragraph },
    ...simple.slice(1).map((arbitrary) => ({ weight: 1, arbitrary })),
    {
      weight: 1,
      arbitrary: fc
        .record({ children: fc.array(inner, { minLength: 1, maxLength: 3 }), attribution: fc.option(phraseArb, { nil: undefined }) })
        .map(({ children, attribution }): Block =>
          attribution === undefined ? { type: 'blockquote', children } : { type: 'blockquote', children, attribution },
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ ordered: fc.boolean(), start: fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }), children: fc.array(listItem, { minLength: 1, maxLength: 4 }) })
        .map(({ ordered, start, children }): Block =>
          ordered && start !== undefined ? { type: 'list', ordered, start, children } : { type: 'list', ordered, children },
        ),
    },
  );
}

const isoDateArb = fc
  .date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

const removedArb: fc.Arbitrary<Removed> = fc
  .record({ kind: fc.constantFrom(...REMOVED_KINDS), text: phraseArb, reason: phraseArb })
  .map(({ kind, text, reason }) => ({ type: 'removed', kind, text, reason }));

/** A whole article with optional metadata of every kind. */
export function articleArb(options: ArticleArbitraryOptions = {}): fc.Arbitrary<Article> {
  const { maxDepth = 2, maxBlocks = 8 } = options;
  const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  return fc
    .record({
      title: opt(phraseArb),
      subtitle: opt(phraseArb),
      authors: fc.array(fc.record({ name: phraseArb, role: opt(phraseArb) }), { maxLength: 3 }),
      dateline: opt(
        fc.record({
          place: fc.option(fc.constantFrom('LISBON', 'WASHINGTON', 'KUALA LUMPUR', 'São Paulo'), { nil: null }),
          agency: fc.option(fc.constantFrom('Reuters', 'AP', 'CNN', 'AFP'), { nil: null }),
          date: fc.option(fc.constantFrom('March 3', 'Feb 26'), { nil: null }),
        }),
      ),
      published: opt(isoDateArb),
      modified: opt(isoDateArb),
      language: opt(fc.constantFrom('en', 'en-GB', 'pt-BR', 'fr')),
      source: opt(fc.record({ name: opt(phraseArb), url: opt(urlArb), originalPublisher: opt(phraseArb), originalUrl: opt(urlArb) })),
      leadImage: opt(figureArb()),
      tags: fc.array(phraseArb, { maxLength: 4 }),
      children: fc.array(blockArb(maxDepth), { maxLength: maxBlocks }),
      removed: fc.array(removedArb, { maxLength: 3 }),
    })
    .map((r) => {
      const a: Article = {
        type: 'article',
        version: MODEL_VERSION,
        meta: { authors: r.authors.map((x) => (x.role === undefined ? { name: x.name } : x)), tags: r.tags },
        children: r.children,
        removed: r.removed,
        diagnostics: [],
      };
      const m = a.meta;
      if (r.title !== undefined) m.title = r.title;
      if (r.subtitle !== undefined) m.subtitle = r.subtitle;
      if (r.dateline) {
        const { place, agency, date } = r.dateline;
        const text = `${place ?? ''}${date ? `, ${date}` : ''}${agency ? ` (${agency})` : ''} -`.trim();
        m.dateline = { text, place, agency, date };
      }
      if (r.published !== undefined) m.published = r.published;
      if (r.modified !== undefined) m.modified = r.modified;
      if (r.language !== undefined) m.language = r.language;
      if (r.source) {
        const source = Object.fromEntries(Object.entries(r.source).filter(([, v]) => v !== undefined));
        if (Object.keys(source).length > 0) m.source = source;
      }
      if (r.leadImage) m.leadImage = r.leadImage;
      return a;
    });
}
