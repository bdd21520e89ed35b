import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { type Article, article, paragraph, validateArticle } from '@copydesk/model';
import { articleArb, handmadeArticles, mosulGolden, stripPositions } from '@copydesk/testkit';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, shuffleKeys, withPositions } from '../test/object-shapes.js';
import { CanonicalJsonError, type RenderJsonOptions, renderJson } from './canonical-json.js';

const require = createRequire(import.meta.url);
const modelSchema = JSON.parse(readFileSync(require.resolve('@copydesk/model/schema.json'), 'utf8')) as object;
// allErrors stays off: the schema's Block and Inline unions are plain `oneOf`s, and collecting
// every error makes ajv walk each nested branch in full (exponential in nesting depth).
const ajv = new Ajv2020({ allErrors: false, strict: true });
addFormats(ajv);
const validateSchema = ajv.compile(modelSchema);

/** Canonical JSON must satisfy the model's shipped JSON Schema and read back to the same article. */
function checkCanonical(a: Article, variants: RenderJsonOptions[] = [{}, { pretty: true }, { positions: false }]): void {
  for (const options of variants) {
    const json = renderJson(a, options);
    const value: unknown = JSON.parse(json);
    if (!validateSchema(value)) throw new Error(`schema: ${ajv.errorsText(validateSchema.errors)}\n${json}`);
    const result = validateArticle(value);
    if (!result.ok) throw new Error(`validateArticle: ${JSON.stringify(result.errors)}`);
    // toEqual, not toStrictEqual: fast-check builds some records without Object.prototype.
    expect(result.article).toEqual(options.positions === false ? stripPositionsAndMeta(a) : a);
  }
}

function stripPositionsAndMeta(a: Article): Article {
  const stripped = stripPositions(a);
  delete stripped.meta.positions;
  return stripped;
}

const fixtures: [string, Article][] = [
  ['mosul', mosulGolden()],
  ...Object.entries(handmadeArticles()),
  ...Object.entries(handmadeArticles()).map(([name, a]): [string, Article] => [`${name} with positions`, withPositions(a)]),
];

describe('renderJson', () => {
  it.each(fixtures)('writes %s as schema-valid JSON that reads back to the same article', (_name, a) => {
    checkCanonical(a);
  });

  it('does the same for 10,000 generated articles', () => {
    fc.assert(
      fc.property(articleArb(), fc.boolean(), (generated, positioned) => {
        // Pretty output is checked against JSON.stringify below, so compact is enough here.
        if (positioned) checkCanonical(withPositions(generated), [{}, { positions: false }]);
        else checkCanonical(generated, [{}]);
      }),
      { numRuns: 10_000 },
    );
  });

  it('gives the same bytes whatever the key order of the input', () => {
    fc.assert(
      fc.property(articleArb(), fc.integer(), (generated, seed) => {
        const a = withPositions(generated);
        const shuffled = shuffleKeys(a, seededRandom(seed));
        for (const options of [{}, { pretty: true }, { positions: false }]) {
          expect(renderJson(shuffled, options)).toBe(renderJson(a, options));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same bytes on every run', () => {
    const a = withPositions(handmadeArticles()['every-node']!);
    expect(renderJson(a)).toBe(renderJson(structuredClone(a)));
    expect(renderJson(mosulGolden(), { pretty: true })).toBe(readFileSync(new URL('../test/fixtures/mosul.canonical.json', import.meta.url), 'utf8'));
  });

  it('orders keys type first, then the schema fields, position last', () => {
    const a = article({ meta: { tags: ['b', 'a'], title: 'T', authors: [{ role: 'r', name: 'n' }] }, children: [] });
    a.children.push({ position: { end: { offset: 1, column: 2, line: 1 }, start: { offset: 0, column: 1, line: 1 } }, children: [{ value: 'x', type: 'text' }], type: 'paragraph' });
    expect(renderJson(a)).toBe(
      '{"type":"article","version":"1.0.0","meta":{"title":"T","authors":[{"name":"n","role":"r"}],"tags":["b","a"]},' +
        '"children":[{"type":"paragraph","children":[{"type":"text","value":"x"}],' +
        '"position":{"start":{"line":1,"column":1,"offset":0},"end":{"line":1,"column":2,"offset":1}}}],"removed":[],"diagnostics":[]}',
    );
  });

  it('indents exactly as JSON.stringify(value, null, 2) and ends pretty output with one newline', () => {
    fc.assert(
      fc.property(articleArb(), (a) => {
        const compact = renderJson(a);
        expect(compact).not.toContain('\n');
        expect(renderJson(a, { pretty: true })).toBe(`${JSON.stringify(JSON.parse(compact), null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('writes every string and number as JSON.stringify does, escapes and lone surrogates included', () => {
    // Strings without escapes take a fast path; any UTF-16 code unit sequence must still match.
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('"', '\\', '\u0000', '\u001f', '\u007f', '\ud800', '\udc00', 'a', '\u2028') }));
    fc.assert(
      fc.property(text, fc.double({ noNaN: true, noDefaultInfinity: true }), (value, words) => {
        const a = article({ meta: { title: value, authors: [], tags: [value], stats: { words, characters: 0, paragraphs: 0, readingMinutes: 0 } }, children: [] });
        a.children.push({ type: 'paragraph', children: [{ type: 'text', value }] });
        expect(renderJson(a)).toBe(
          `{"type":"article","version":"1.0.0","meta":{"title":${JSON.stringify(value)},"authors":[],"tags":[${JSON.stringify(value)}],` +
            `"stats":{"words":${JSON.stringify(words)},"characters":0,"paragraphs":0,"readingMinutes":0}},` +
            `"children":[{"type":"paragraph","children":[{"type":"text","value":${JSON.stringify(value)}}]}],"removed":[],"diagnostics":[]}`,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('writes unusual points as other objects are written, and names their faults', () => {
    // Well-formed points take a fast path; everything else must behave as the generic writer does.
    const withStart = (start: object): Article => {
      const a = article({ meta: { authors: [], tags: [] }, children: [] });
      a.children.push({ type: 'thematicBreak', position: { start, end: { line: 1, column: 2, offset: 1 } } as never });
      return a;
    };
    const end = '"end":{"line":1,"column":2,"offset":1}';
    const written = (start: object) => renderJson(withStart(start));
    expect(written({ offset: -0, column: 1, line: 1 })).toContain(`"position":{"start":{"line":1,"column":1,"offset":0},${end}}`);
    expect(written({ line: 1, column: undefined, offset: 0 })).toContain(`"position":{"start":{"line":1,"offset":0},${end}}`);
    expect(written({ line: 1, offset: 0 })).toContain(`"position":{"start":{"line":1,"offset":0},${end}}`);
    expect(written(Object.assign(Object.create({ column: 9 }) as object, { line: 1, offset: 0 }))).toContain(`"start":{"line":1,"offset":0}`);
    expect(renderJson(withStart({ line: 1, column: 1, offset: 0 }), { pretty: true })).toContain(
      '      "position": {\n        "start": {\n          "line": 1,\n          "column": 1,\n          "offset": 0\n        },',
    );
    expect(() => written({ line: 1, column: 1, offset: 0, colour: 'red' })).toThrow(
      new CanonicalJsonError('/children/0/position/start/colour', 'point has no field "colour"'),
    );
    expect(() => written({ line: 1, column: Number.POSITIVE_INFINITY, offset: 0 })).toThrow(/Infinity has no JSON form at \/children\/0\/position\/start\/column/);
    // renderJson does not validate scalars' kinds (validateArticle does): a string is written as one.
    expect(written({ line: 1, column: '1', offset: 0 })).toContain('"start":{"line":1,"column":"1","offset":0}');
    expect(() => written({ line: 1, column: {}, offset: 0 })).toThrow(/found an object at \/children\/0\/position\/start\/column/);
  });

  it('leaves out undefined fields and, when asked, every position', () => {
    const a = withPositions(handmadeArticles()['every-node']!);
    a.meta.subtitle = undefined;
    const json = renderJson(a, { positions: false });
    expect(json).not.toContain('"position"');
    expect(json).not.toContain('"positions"');
    expect(json).not.toContain('"subtitle"');
    expect(renderJson(a)).toContain('"position"');
  });

  it('refuses fields and node types the model does not have, naming the path', () => {
    const extra = { ...paragraph('x'), colour: 'red' };
    const a = article({ meta: { authors: [], tags: [] }, children: [extra] });
    expect(() => renderJson(a)).toThrow(new CanonicalJsonError('/children/0/colour', 'paragraph has no field "colour"'));
    const unknownType = article({ meta: { authors: [], tags: [] }, children: [{ type: 'table' } as unknown as Article['children'][number]] });
    expect(() => renderJson(unknownType)).toThrow(/unknown node type "table" at \/children\/0\/type/);
    for (const type of ['toString', '__proto__', 42]) {
      const inherited = article({ meta: { authors: [], tags: [] }, children: [{ type } as unknown as Article['children'][number]] });
      expect(() => renderJson(inherited)).toThrow(`unknown node type ${JSON.stringify(type)} at /children/0/type`);
    }
    const notFinite = article({ meta: { authors: [], tags: [], stats: { words: Number.NaN, characters: 0, paragraphs: 0, readingMinutes: 0 } }, children: [] });
    expect(() => renderJson(notFinite)).toThrow(/NaN has no JSON form at \/meta\/stats\/words/);
    const notArticle = { ...article({ meta: { authors: [], tags: [] }, children: [] }), type: 'paragraph' } as unknown as Article;
    expect(() => renderJson(notArticle)).toThrow(/expected type "article"/);
  });
});
