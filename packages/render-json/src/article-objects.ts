import { NODE_SHAPES, OBJECT_SHAPES, type ObjectShape, type Shape } from './canonical-shapes.js';
import { member, type ObjectWriterContext, ownKeyBits, quote, stringField, unseen, wrap, writeNodes } from './common-objects.js';

/**
 * Writers for the objects every article has once: the article, its `meta` and `stats`. Same
 * contract as `common-objects.ts`: each
 * takes only the usual form of its object, returns `undefined` for anything else so the
 * generic walker writes it, and hands the rarer fields (authors, dateline, source…) to the
 * generic walker itself.
 */

const SCALAR: Shape = { kind: 'scalar' };

/** The shape of field `key` of `shape`, as the generic walker would use it. */
function fieldShape(shape: ObjectShape, key: string): Shape {
  return shape.fields[key] ?? SCALAR;
}

const ARTICLE = NODE_SHAPES.article;
const META = OBJECT_SHAPES.meta;

/** A number field as JSON writes it; `''` when undefined; `undefined` when it holds something else. */
function numberField(field: unknown): string | undefined {
  if (field === undefined) return '';
  return typeof field === 'number' && Number.isFinite(field) ? String(field) : undefined;
}

const ARTICLE_KEYS = ARTICLE.keys;

/** The article (`type` already checked to be `"article"` by the caller). */
export function writeArticle(writer: ObjectWriterContext, node: object, depth: number): string | undefined {
  const bits = ownKeyBits(node, ARTICLE_KEYS);
  if (bits < 0 || (bits & 1) === 0) return undefined;
  const { version, meta, children, removed, diagnostics } = node as Record<string, unknown>;
  if (unseen(bits, 1, version) || unseen(bits, 2, meta) || unseen(bits, 3, children) || unseen(bits, 4, removed) || unseen(bits, 5, diagnostics)) {
    return undefined;
  }
  let members = member(writer, '', depth, 'type', '"article"');
  const versionWritten = stringField(version);
  if (versionWritten === undefined) return undefined;
  if (versionWritten !== '') members = member(writer, members, depth, 'version', versionWritten);
  if (meta !== undefined) {
    const written = typeof meta === 'object' && meta !== null ? writeMeta(writer, meta, depth + 1) : undefined;
    members = member(writer, members, depth, 'meta', written ?? writer.value(meta, META, depth + 1));
  }
  if (children !== undefined) {
    const written = writeNodes(writer, children, depth + 1) ?? writer.value(children, fieldShape(ARTICLE, 'children'), depth + 1);
    members = member(writer, members, depth, 'children', written);
  }
  if (removed !== undefined) {
    const written = writeNodes(writer, removed, depth + 1) ?? writer.value(removed, fieldShape(ARTICLE, 'removed'), depth + 1);
    members = member(writer, members, depth, 'removed', written);
  }
  if (diagnostics !== undefined) members = member(writer, members, depth, 'diagnostics', writer.value(diagnostics, fieldShape(ARTICLE, 'diagnostics'), depth + 1));
  return wrap(writer, members, depth);
}

const META_KEYS = META.keys;

/** The article's `meta`: strings, stats and positions here, the other fields by the generic walker. */
function writeMeta(writer: ObjectWriterContext, meta: object, depth: number): string | undefined {
  const bits = ownKeyBits(meta, META_KEYS);
  if (bits < 0) return undefined;
  const fields = meta as Record<string, unknown>;
  let members = '';
  for (let index = 0; index < META_KEYS.length; index += 1) {
    const key = META_KEYS[index] as string;
    // Only the keys `for…in` found are read by name; any other one set means an unusual object.
    const field = (bits & (1 << index)) === 0 ? undefined : fields[key];
    if (field === undefined) {
      if (fields[key] !== undefined) return undefined;
      continue;
    }
    if (key === 'positions' && !writer.positions) continue;
    const shape = fieldShape(META, key);
    let written: string | undefined;
    if (shape.kind === 'scalar' && typeof field === 'string') written = quote(field);
    else if (shape === STATS && typeof field === 'object' && field !== null) written = writeStats(writer, field, depth + 1);
    else if (shape.kind === 'array' && Array.isArray(field) && field.length === 0) written = '[]';
    written ??= writer.value(field, shape, depth + 1);
    members = member(writer, members, depth, key, written);
  }
  return wrap(writer, members, depth);
}

const STATS = OBJECT_SHAPES.stats;
const STATS_KEYS = STATS.keys;

/** `meta.stats`: four numbers. */
function writeStats(writer: ObjectWriterContext, stats: object, depth: number): string | undefined {
  const bits = ownKeyBits(stats, STATS_KEYS);
  if (bits < 0) return undefined;
  const fields = stats as Record<string, unknown>;
  let members = '';
  for (let index = 0; index < STATS_KEYS.length; index += 1) {
    const key = STATS_KEYS[index] as string;
    const field = fields[key];
    if (unseen(bits, index, field)) return undefined;
    const written = numberField(field);
    if (written === undefined) return undefined;
    if (written !== '') members = member(writer, members, depth, key, written);
  }
  return wrap(writer, members, depth);
}
