import { type Article, article } from '@copydesk/model';
import { articleArb, handmadeArticles } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, shuffleKeys, withPositions } from '../test/object-shapes.js';
import { type RenderJsonOptions, renderJson, writeCanonical } from './canonical-json.js';
import { jsonStringContent, quote } from './common-objects.js';

const VARIANTS: RenderJsonOptions[] = [{}, { pretty: true }, { positions: false }, { pretty: true, positions: false }];

/** What `write` gives, or the message it throws. */
function outcome(write: () => string): string {
  try {
    return write();
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}

/**
 * The common-object writers must change nothing: `renderJson` (which uses them) gives the same
 * bytes and the same errors as the generic walker alone.
 */
function expectSameAsGeneric(a: Article): void {
  for (const options of VARIANTS) {
    const generic = outcome(() => writeCanonical(a, options, false) + (options.pretty ? '\n' : ''));
    expect(outcome(() => renderJson(a, options))).toBe(generic);
  }
}

/** An article whose only paragraph is `node`, typed loosely so unusual shapes can be built. */
function withChild(node: object): Article {
  const a = article({ meta: { authors: [], tags: [] }, children: [] });
  (a.children as object[]).push(node);
  return a;
}

const point = (offset: number) => ({ line: 1, column: offset + 1, offset });
const position = () => ({ start: point(0), end: point(3) });

describe('the common-object writers', () => {
  it('write generated articles exactly as the generic walker does', () => {
    fc.assert(
      fc.property(articleArb(), fc.integer(), (generated, seed) => {
        const a = withPositions(generated);
        expectSameAsGeneric(a);
        expectSameAsGeneric(shuffleKeys(a, seededRandom(seed)));
      }),
      { numRuns: 500 },
    );
    for (const a of Object.values(handmadeArticles())) expectSameAsGeneric(withPositions(a));
  });

  it('leave every unusual text, paragraph, position and point to the generic walker', () => {
    const inheriting = <T extends object>(prototype: object, own: T): T => Object.assign(Object.create(prototype) as T, own);
    const hidden = <T extends object>(own: T, key: string, value: unknown): T => Object.defineProperty(own, key, { value, enumerable: false });
    const text = (extra: object = {}) => ({ type: 'text', value: 'x', ...extra });
    const paragraph = (children: unknown, extra: object = {}) => ({ type: 'paragraph', children, position: position(), ...extra });
    const cases: object[] = [
      // Texts.
      text(),
      text({ position: position() }),
      text({ value: undefined }),
      text({ value: 42 }),
      text({ value: 'say "hi" \\ \u0000 \ud800' }),
      text({ colour: 'red' }),
      text({ colour: undefined }),
      Object.assign(Object.create(null) as object, text()),
      inheriting({ value: 'inherited' }, { type: 'text' }),
      inheriting({ position: position() }, text()),
      hidden(text(), 'position', position()),
      hidden({ type: 'text' }, 'value', 'hidden'),
      hidden(text(), 'type', 'text'),
      // Paragraphs.
      paragraph([text()]),
      paragraph([]),
      paragraph([text(), { type: 'strong', children: [text()] }, text({ value: 'y' })]),
      paragraph([text()], { boilerplate: { kind: 'share', reason: 'r' } }),
      paragraph([text()], { boilerplate: undefined }),
      paragraph([text()], { position: undefined }),
      paragraph(undefined),
      paragraph('not an array'),
      paragraph([text(), undefined]),
      // biome-ignore lint/suspicious/noSparseArray: a hole in the children is one of the unusual shapes.
      paragraph([text(), , text()]),
      paragraph([text({ colour: 'red' })]),
      paragraph([{ type: 'table' }]),
      paragraph([[text()]]),
      paragraph([null]),
      inheriting({ children: [text()] }, { type: 'paragraph' }),
      hidden(paragraph([text()]), 'colour', 'red'),
      // Positions and points.
      paragraph([], { position: { start: point(0) } }),
      paragraph([], { position: { end: point(0) } }),
      paragraph([], { position: {} }),
      paragraph([], { position: { start: point(0), end: point(1), middle: point(0) } }),
      paragraph([], { position: { start: point(0), end: undefined } }),
      paragraph([], { position: { start: null, end: point(1) } }),
      paragraph([], { position: { start: [], end: point(1) } }),
      paragraph([], { position: [] }),
      paragraph([], { position: 'here' }),
      paragraph([], { position: inheriting({ end: point(1) }, { start: point(0) }) }),
      paragraph([], { position: hidden({ start: point(0) }, 'end', point(1)) }),
      paragraph([], { position: { start: { line: 1, column: 1 }, end: point(1) } }),
      paragraph([], { position: { start: { ...point(0), offset: -0 }, end: point(1) } }),
      paragraph([], { position: { start: { ...point(0), column: '1' }, end: point(1) } }),
      paragraph([], { position: { start: { ...point(0), column: Number.NaN }, end: point(1) } }),
      paragraph([], { position: { start: { ...point(0), colour: 'red' }, end: point(1) } }),
      paragraph([], { position: { start: inheriting({ offset: 9 }, { line: 1, column: 1 }), end: point(1) } }),
      paragraph([], { position: { start: Object.assign(Object.create(null) as object, point(0)), end: point(1) } }),
      { type: 'thematicBreak', position: { start: point(0), end: { ...point(1), offset: undefined } } },
    ];
    for (const node of cases) expectSameAsGeneric(withChild(node));
  });

  it('write any position-like value on a text or paragraph exactly as the generic walker does', () => {
    // Compact output writes usual positions in one piece; anything else must fall back unchanged.
    const number = fc.oneof(
      { arbitrary: fc.integer({ min: -1, max: 1_000_000 }), weight: 20 },
      fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY, '1', undefined),
    );
    const pointLike = fc.oneof(
      { arbitrary: fc.record({ line: number, column: number, offset: number }), weight: 10 },
      fc.record({ line: number, column: number, offset: number, colour: fc.constant('red') }),
      fc.record({ line: number, offset: number }, { requiredKeys: [] }),
      fc.constantFrom(null, [], 'here'),
    );
    const positionLike = fc.oneof(
      { arbitrary: fc.record({ start: pointLike, end: pointLike }), weight: 10 },
      fc.record({ start: pointLike, end: pointLike }, { requiredKeys: [] }),
      fc.record({ start: pointLike, end: pointLike, middle: pointLike }),
      fc.constantFrom(undefined, null, [], 'here'),
    );
    fc.assert(
      fc.property(positionLike, positionLike, fc.string(), (outer, inner, value) => {
        expectSameAsGeneric(withChild({ type: 'paragraph', children: [{ type: 'text', value, position: inner }], position: outer }));
      }),
      { numRuns: 2000 },
    );
  });

  it('leave every unusual article, meta, removed span or heading to the generic walker', () => {
    const inheriting = <T extends object>(prototype: object, own: T): T => Object.assign(Object.create(prototype) as T, own);
    const hidden = <T extends object>(own: T, key: string, value: unknown): T => Object.defineProperty(own, key, { value, enumerable: false });
    const base = (): Article => withPositions(handmadeArticles()['every-node']!);
    const changed = (change: (a: Record<string, unknown> & Article) => void): Article => {
      const a = base() as Record<string, unknown> & Article;
      change(a);
      return a;
    };
    const cases: Article[] = [
      base(),
      changed((a) => Object.assign(a, { colour: 'red' })),
      changed((a) => Object.assign(a, { colour: undefined })),
      changed((a) => hidden(a, 'diagnostics', [])),
      changed((a) => hidden(a.meta, 'subtitle', 'hidden')),
      changed((a) => hidden(a.meta, 'subtitle', undefined)),
      changed((a) => Object.assign(a.meta, { colour: 'red' })),
      changed((a) => Object.assign(a.meta, { subtitle: undefined, tags: ['b', 'a'] })),
      changed((a) => Object.assign(a, { meta: inheriting({ subtitle: 'inherited' }, a.meta) })),
      changed((a) => Object.assign(a, { meta: Object.assign(Object.create(null) as object, a.meta) })),
      changed((a) => Object.assign(a.meta, { stats: { words: Number.NaN, characters: 0, paragraphs: 0, readingMinutes: 0 } })),
      changed((a) => Object.assign(a.meta, { stats: hidden({ words: 1, characters: 0, paragraphs: 0 }, 'readingMinutes', 1) })),
      changed((a) => Object.assign(a.meta, { positions: { title: 'here' } })),
      changed((a) => Object.assign(a.meta, { authors: [{ name: 'n', colour: 'red' }] })),
      changed((a) => a.removed.push({ type: 'removed', kind: 'promo', text: 'x', reason: 'r', rule: 'promo/x', extra: 1 } as never)),
      changed((a) => a.removed.push(hidden({ type: 'removed', kind: 'promo', text: 'x', reason: 'r' }, 'rule', 'promo/x') as never)),
      changed((a) => a.children.push({ type: 'heading', depth: 2, children: [], position: position(), colour: 'red' } as never)),
      changed((a) => a.children.push(inheriting({ depth: 2 }, { type: 'heading', children: [] }) as never)),
      changed((a) => a.children.push({ type: 'heading', depth: Number.POSITIVE_INFINITY, children: [] } as never)),
    ];
    for (const a of cases) expectSameAsGeneric(a);
  });

  it('keep the values of a render started from inside another, by a getter, apart from its own', () => {
    const inner = withPositions(handmadeArticles()['every-node']!);
    const plain = withPositions(handmadeArticles()['every-node']!);
    plain.meta = { ...plain.meta, title: 'T' };
    const outer = structuredClone(plain);
    let innerJson = '';
    const { title: _, ...rest } = outer.meta;
    outer.meta = rest as Article['meta'];
    // After the other fields, so the inner render runs while the outer one holds their values.
    Object.defineProperty(outer.meta, 'title', {
      enumerable: true,
      get: () => {
        innerJson = renderJson(inner);
        return 'T';
      },
    });
    expect(renderJson(outer)).toBe(renderJson(plain));
    expect(innerJson).toBe(renderJson(inner));
  });

  it('write arrays of nodes, and leave holes and non-arrays in them to the generic walker', () => {
    const text = { type: 'text', value: 'x' };
    const paragraph = { type: 'paragraph', children: [text], position: position() };
    const lists: unknown[] = [[], [{ type: 'listItem', children: [paragraph] }], [undefined], [{ type: 'listItem', children: [paragraph, undefined] }], 'items', null];
    for (const children of lists) expectSameAsGeneric(withChild({ type: 'list', ordered: false, children }));
    for (const children of [[paragraph, paragraph], [paragraph, undefined], {}]) expectSameAsGeneric(withChild({ type: 'blockquote', children }));
    const a = withChild(paragraph);
    (a.children as unknown[]).push(undefined);
    expectSameAsGeneric(a);
    expect(() => renderJson(a)).toThrow(/found undefined in an array at \/children\/1/);
  });

  it('name the path of a fault found inside them, as the generic walker does', () => {
    const a = withChild({ type: 'paragraph', children: [{ type: 'text', value: 'x' }, { type: 'text', value: {} }] });
    expect(() => renderJson(a)).toThrow(/found an object at \/children\/0\/children\/1\/value/);
  });
});

describe('quote', () => {
  it('writes any string as JSON.stringify does, and its content between the quotation marks', () => {
    const unit = fc.constantFrom('"', '\\', '\u0000', '\u001f', '\u007f', '\ud800', '\udc00', '\ud83d\ude00', 'a', '\u2028', '“');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit })), (value) => {
        expect(quote(value)).toBe(JSON.stringify(value));
        expect(`"${jsonStringContent(value)}"`).toBe(JSON.stringify(value));
      }),
      { numRuns: 5000 },
    );
  });
});
