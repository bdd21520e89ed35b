import type { Article } from '@copydesk/model/core';
import { type FieldEntry, NODE_SHAPES, OBJECT_SHAPES, type ObjectShape, type Shape } from './canonical-shapes.js';
import {
  type FieldValues,
  type ObjectWriterContext,
  objectPrototypeHasEnumerable,
  quote,
  withFieldValues,
  writeNode,
  writeNodeArray,
  writeObject,
  writePoint,
  writePosition,
} from './common-objects.js';

const POINT = OBJECT_SHAPES.point;
const POSITION = OBJECT_SHAPES.position;
/** `NODE_SHAPES` as a Map: one lookup per node, and no inherited keys such as `toString` to rule out. */
const SHAPES_BY_TYPE: ReadonlyMap<string, ObjectShape> = new Map(Object.entries(NODE_SHAPES));

export interface RenderJsonOptions {
  /** Keep `position` on nodes, datelines and diagnostics and `meta.positions` (default `true`). */
  positions?: boolean;
  /**
   * Indent with two spaces and end with a newline, as a file (default `false`: one line, no
   * trailing newline, ready to embed or to be a line of NDJSON).
   */
  pretty?: boolean;
}

/** The article cannot be written as canonical JSON: an unknown field or node type, or a value JSON cannot hold. */
export class CanonicalJsonError extends Error {
  /** JSON-pointer-like path of the offending value, e.g. `/children/2/type`. */
  readonly path: string;
  constructor(path: string, message: string) {
    super(`renderJson: ${message} at ${path === '' ? '/' : path}`);
    this.name = 'CanonicalJsonError';
    this.path = path === '' ? '/' : path;
  }
}

/**
 * The article as canonical JSON: the same article always gives the same bytes, whatever the
 * key order of the object passed in.
 *
 * - Keys follow the model's schema order, defined once in `canonical-shapes.ts`: `type` first,
 *   then the node's fields as the model declares them, `position` last.
 * - Fields that are `undefined` are left out; array order is kept (it is the document's order).
 * - Strings are escaped as `JSON.stringify` escapes them (lone surrogates as `\uXXXX`).
 * - `positions: false` leaves out every `position` and `meta.positions`.
 * - Compact (the default) is one line without a trailing newline; `pretty` indents with two
 *   spaces exactly as `JSON.stringify(value, null, 2)` does, and ends with one `\n`.
 *
 * It does not validate the article (use `validateArticle` for that), but it refuses what it
 * cannot write faithfully: a field the model does not have, an unknown node `type`, a number
 * that is not finite, or a value of the wrong kind, with a `CanonicalJsonError` naming the path.
 *
 * @example
 * renderJson(article({ meta: { authors: [], tags: [] }, children: [paragraph('Hi')] }))
 * // '{"type":"article","version":"1.0.0","meta":{"authors":[],"tags":[]},"children":[{"type":"paragraph","children":[{"type":"text","value":"Hi"}]}],"removed":[],"diagnostics":[]}'
 */
export function renderJson(article: Article, options: RenderJsonOptions = {}): string {
  // The common-object writers rely on `for…in` seeing only own keys.
  const common = !objectPrototypeHasEnumerable();
  let json: string;
  try {
    json = writeCanonical(article, options, common);
  } catch (error) {
    if (!common || !(error instanceof CanonicalJsonError)) throw error;
    // The common-object writers keep no path: write the article again without them, so the
    // error names where the fault is.
    json = writeCanonical(article, options, false);
  }
  return options.pretty ? `${json}\n` : json;
}

/**
 * The canonical JSON of `article`, without `renderJson`'s final newline; `common` says whether
 * objects are written by `common-objects.ts` when they take the usual form (the output is the
 * same either way, which the tests check).
 */
export function writeCanonical(article: Article, options: RenderJsonOptions, common: boolean): string {
  return withFieldValues((fieldValues) =>
    new CanonicalWriter(options.positions ?? true, options.pretty ?? false, common, fieldValues).node(article, 0, 'article'),
  );
}

/**
 * Writes one article. The path to the current value is kept as a stack and turned into a string
 * only for an error message, so the hot path builds no strings it does not output.
 */
class CanonicalWriter implements ObjectWriterContext {
  private readonly path: (string | number)[] = [];
  private readonly indents: string[] = [];
  private readonly separators: string[] = [];

  /**
   * @param common Write objects with the writers of `common-objects.ts` when they take them.
   * @param fieldValues Where `writeObject` keeps field values, this render's own.
   */
  constructor(
    readonly positions: boolean,
    readonly pretty: boolean,
    private readonly common: boolean,
    readonly fieldValues: FieldValues,
  ) {}

  /** Pretty output's indentation at `depth`, made once per depth rather than once per value. */
  indent(depth: number): string {
    let indent = this.indents[depth];
    if (indent === undefined) {
      indent = '  '.repeat(depth);
      this.indents[depth] = indent;
    }
    return indent;
  }

  /** What comes between two members at `depth`: a comma, and in pretty output a new indented line. */
  separator(depth: number): string {
    if (!this.pretty) return ',';
    let separator = this.separators[depth];
    if (separator === undefined) {
      separator = `,\n${this.indent(depth)}`;
      this.separators[depth] = separator;
    }
    return separator;
  }

  private fail(message: string, last?: string): never {
    const parts = last === undefined ? this.path : [...this.path, last];
    throw new CanonicalJsonError(parts.map((part) => `/${part}`).join(''), message);
  }

  value(value: unknown, shape: Shape, depth: number): string {
    switch (shape.kind) {
      case 'scalar':
        return this.scalar(value);
      case 'node':
        return this.common ? writeNode(this, value, depth) : this.node(value, depth);
      case 'array':
        if (this.common && shape.items.kind === 'node') {
          const written = writeNodeArray(this, value, depth);
          if (written !== undefined) return written;
        }
        return this.array(value, shape.items, depth);
      case 'object':
        return this.object(value, shape, depth);
    }
  }

  node(value: unknown, depth: number, expected?: string): string {
    if (!isPlainObject(value)) this.fail(`expected a node, found ${describe(value)}`);
    const type = value.type;
    const shape = typeof type === 'string' ? SHAPES_BY_TYPE.get(type) : undefined;
    if (shape === undefined) this.fail(`unknown node type ${JSON.stringify(type) ?? 'undefined'}`, 'type');
    if (expected !== undefined && type !== expected) this.fail(`expected type "${expected}", found "${type}"`, 'type');
    return this.object(value, shape, depth);
  }

  array(value: unknown, items: Shape, depth: number): string {
    if (!Array.isArray(value)) this.fail(`expected an array, found ${describe(value)}`);
    if (value.length === 0) return '[]';
    const separator = this.separator(depth + 1);
    let out = '';
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      this.path.push(i);
      if (item === undefined) this.fail('found undefined in an array');
      out += (i === 0 ? '' : separator) + this.value(item, items, depth + 1);
      this.path.pop();
    }
    return this.pretty ? `[\n${this.indent(depth + 1)}${out}\n${this.indent(depth)}]` : `[${out}]`;
  }

  object(value: unknown, shape: ObjectShape, depth: number): string {
    if (!isPlainObject(value)) this.fail(`expected ${shape.name} to be an object, found ${describe(value)}`);
    if (this.common) {
      const written = shape === POSITION ? writePosition(this, value, depth) : shape === POINT ? writePoint(this, value, depth) : writeObject(this, value, shape, depth);
      if (written !== undefined) return written;
    }
    const pretty = this.pretty;
    const separator = this.separator(depth + 1);
    const entries = shape.entries;
    let out = '';
    let known = 0;
    for (let k = 0; k < entries.length; k += 1) {
      const entry = entries[k] as FieldEntry;
      const key = entry.key;
      if (!Object.hasOwn(value, key)) continue;
      known += 1;
      const field = value[key];
      if (field === undefined) continue;
      if (entry.isPosition && !this.positions) continue;
      this.path.push(key);
      const written = this.value(field, entry.shape, depth + 1);
      this.path.pop();
      if (out !== '') out += separator;
      out += (pretty ? entry.prettyQuoted : entry.quoted) + written;
    }
    // A field the model does not have would be lost (or break the JSON Schema); refuse it.
    if (Object.keys(value).length !== known) this.refuseUnknownField(value, shape);
    if (out === '') return '{}';
    return pretty ? `{\n${this.indent(depth + 1)}${out}\n${this.indent(depth)}}` : `{${out}}`;
  }

  private refuseUnknownField(value: Record<string, unknown>, shape: ObjectShape): void {
    for (const key of Object.keys(value)) {
      if (value[key] !== undefined && !shape.keys.includes(key)) this.fail(`${shape.name} has no field "${key}"`, key);
    }
  }

  scalar(value: unknown): string {
    switch (typeof value) {
      case 'string':
        return quote(value);
      case 'boolean':
        return value ? 'true' : 'false';
      case 'number':
        if (!Number.isFinite(value)) this.fail(`${value} has no JSON form`);
        // JSON.stringify writes a finite number exactly as String does (-0 as 0), and String
        // skips the generic serializer's setup, which dominated for the many small position numbers.
        return String(value);
      case 'object':
        if (value === null) return 'null';
        return this.fail(`expected a string, number, boolean or null, found ${describe(value)}`);
      default:
        return this.fail(`${describe(value)} has no JSON form`);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
