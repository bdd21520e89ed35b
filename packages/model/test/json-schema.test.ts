// The JSON Schema shipped as `@copydesk/model/schema.json` (dist/schema.json, written at build
// by scripts/write-json-schema.mjs) must accept and refuse exactly what validateArticle does.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleSchema, MODEL_VERSION } from '../src/article.js';
import { modelRegistry } from '../src/registry.js';
import { validateArticle } from '../src/validate.js';
import { allInvalidCases, allValidCases } from './cases/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const schemaFile = fileURLToPath(new URL('../dist/schema.json', import.meta.url));
const mosulFile = new URL('./fixtures/mosul.article.json', import.meta.url);

let schema: Record<string, unknown>;
let ajvValidate: (value: unknown) => boolean;
let ajvErrors: () => string;

beforeAll(() => {
  // Tests run after the build in the pipeline; on a bare checkout, build the schema first.
  if (!existsSync(schemaFile)) {
    execFileSync('npx', ['tsup'], { cwd: packageDir, stdio: 'ignore' });
    execFileSync(process.execPath, ['scripts/write-json-schema.mjs'], { cwd: packageDir, stdio: 'ignore' });
  }
  schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  // Two validators: without allErrors for speed (with it, ajv checks every oneOf branch of
  // every nested node in full), and with it for messages when a check fails.
  const fast = new Ajv2020({ strict: true });
  const verbose = new Ajv2020({ strict: true, allErrors: true });
  addFormats(fast);
  addFormats(verbose);
  const validate = fast.compile(schema);
  const explain = verbose.compile(schema);
  let last: unknown;
  ajvValidate = (value) => {
    last = value;
    return validate(value) as boolean;
  };
  ajvErrors = () => {
    explain(last);
    return verbose.errorsText(explain.errors);
  };
}, 120_000);

/** Whether the zod schemas and the shipped JSON Schema say the same about `value`. */
function agreement(value: unknown): { zod: boolean; ajv: boolean } {
  return { zod: validateArticle(value).ok, ajv: ajvValidate(value) };
}

describe('the shipped JSON Schema', () => {
  it('is draft 2020-12, names this model version, and defines each node type', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://copydesk.dev/schema/article-${MODEL_VERSION}.json`);
    expect(Object.keys(schema.$defs as object)).toEqual(
      expect.arrayContaining(['Article', 'Meta', 'Block', 'Inline', 'Paragraph', 'Heading', 'Blockquote', 'List', 'ListItem', 'Figure', 'Embed', 'ThematicBreak', 'Text', 'Emphasis', 'Strong', 'Link', 'Break', 'InlineCode', 'Removed', 'Diagnostic', 'Position', 'Point']),
    );
  });

  it('is what the generator makes from these schemas now (dist is not stale; rebuild if this fails)', () => {
    const fresh = z.toJSONSchema(ArticleSchema, { metadata: modelRegistry, target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' });
    const { $id: _id, title: _title, ...shipped } = schema;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('validates mosul.article.json', () => {
    const mosul: unknown = JSON.parse(readFileSync(mosulFile, 'utf8'));
    if (!ajvValidate(mosul)) throw new Error(ajvErrors());
    expect(validateArticle(mosul).ok).toBe(true);
  });

  it.each(['2.0.0', '0.1.0', '1.0', 'one', ''])('rejects mosul.article.json with version %j, as zod does', (version) => {
    const mosul = { ...(JSON.parse(readFileSync(mosulFile, 'utf8')) as object), version };
    expect(agreement(mosul)).toEqual({ zod: false, ajv: false });
  });

  it.each(allValidCases)('accepts $name, as zod does', ({ document }) => {
    if (!ajvValidate(document)) throw new Error(ajvErrors());
    expect(agreement(document)).toEqual({ zod: true, ajv: true });
  });

  it.each(allInvalidCases)('rejects $name, as zod does', ({ document }) => {
    expect(agreement(document)).toEqual({ zod: false, ajv: false });
  });

  it.each(Object.entries({ ...handmadeArticles(), mosulGolden: mosulGolden() }))('accepts the hand-made article %s, as zod does', (_name, a) => {
    if (!ajvValidate(a)) throw new Error(ajvErrors());
    expect(agreement(a)).toEqual({ zod: true, ajv: true });
  });

  it('accepts 1,000 generated articles, as zod does', () => {
    fc.assert(
      fc.property(articleArb(), (a) => {
        if (!ajvValidate(a)) throw new Error(ajvErrors());
        expect(validateArticle(a).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('agrees with zod on 2,000 generated articles each broken in one place', () => {
    let refused = 0;
    fc.assert(
      fc.property(articleArb(), mutationArb, (a, mutation) => {
        const broken = mutate(a, mutation);
        const verdict = agreement(broken);
        if (!verdict.zod) refused += 1;
        if (verdict.zod !== verdict.ajv) {
          throw new Error(`zod ${verdict.zod}, ajv ${verdict.ajv} (${ajvErrors()}) on ${JSON.stringify(mutation)}:\n${JSON.stringify(broken)}`);
        }
      }),
      { numRuns: 2000 },
    );
    // Most mutations must break the article, or the agreement would say little.
    expect(refused).toBeGreaterThan(1000);
  }, 60_000);
});

/** Values of every JSON type, including the edges of the schema's ranges. */
const strangeValueArb = fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 7, 2 ** 53, '', 'x', '2016-02-30', [], {}, [{}], { type: 'text', value: 'x' });

interface Mutation {
  /** Which object of the document (in walk order, modulo their number). */
  target: number;
  /** Which of its keys (modulo their number); for `add`, the new key's name. */
  key: number | string;
  action: 'delete' | 'set' | 'add';
  value: unknown;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  target: fc.nat(),
  key: fc.oneof(fc.nat(), fc.constantFrom('data', 'html', 'athors', 'type')),
  action: fc.constantFrom('delete', 'set', 'add'),
  value: strangeValueArb,
});

/** A copy of `a` with one object changed: a key deleted, a value replaced, or a key added. */
function mutate(a: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(a);
  const objects: Record<string, unknown>[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      objects.push(value as Record<string, unknown>);
      Object.values(value).forEach(walk);
    }
  };
  walk(copy);
  const target = objects[mutation.target % objects.length];
  if (!target) return copy;
  const keys = Object.keys(target);
  const key = typeof mutation.key === 'string' || mutation.action === 'add' ? String(mutation.key) : keys[mutation.key % keys.length];
  if (key === undefined) return copy;
  if (mutation.action === 'delete') delete target[key];
  else target[key] = mutation.value;
  return copy;
}
