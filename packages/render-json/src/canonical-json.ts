import type { Article } from '@copydesk/model';
import { NODE_SHAPES, type ObjectShape, POSITION_KEYS, type Shape } from './canonical-shapes.js';

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
  const writer = new CanonicalWriter(options.positions ?? true, options.pretty ?? false);
  const json = writer.node(article, '', '', 'article');
  return options.pretty ? `${json}\n` : json;
}

class CanonicalWriter {
  constructor(
    private readonly positions: boolean,
    private readonly pretty: boolean,
  ) {}

  value(value: unknown, shape: Shape, path: string, indent: string): string {
    switch (shape.kind) {
      case 'scalar':
        return this.scalar(value, path);
      case 'node':
        return this.node(value, path, indent);
      case 'array': {
        if (!Array.isArray(value)) throw new CanonicalJsonError(path, `expected an array, found ${describe(value)}`);
        if (value.length === 0) return '[]';
        const inner = this.pretty ? `${indent}  ` : '';
        const parts: string[] = [];
        for (let i = 0; i < value.length; i += 1) {
          const item: unknown = value[i];
          if (item === undefined) throw new CanonicalJsonError(`${path}/${i}`, 'found undefined in an array');
          parts.push(this.value(item, shape.items, `${path}/${i}`, inner));
        }
        return this.pretty ? `[\n${inner}${parts.join(`,\n${inner}`)}\n${indent}]` : `[${parts.join(',')}]`;
      }
      case 'object':
        return this.object(value, shape, path, indent);
    }
  }

  node(value: unknown, path: string, indent: string, expected?: string): string {
    if (!isPlainObject(value)) throw new CanonicalJsonError(path, `expected a node, found ${describe(value)}`);
    const type = value.type;
    if (typeof type !== 'string' || !Object.hasOwn(NODE_SHAPES, type)) {
      throw new CanonicalJsonError(`${path}/type`, `unknown node type ${JSON.stringify(type) ?? 'undefined'}`);
    }
    if (expected !== undefined && type !== expected) throw new CanonicalJsonError(`${path}/type`, `expected type "${expected}", found "${type}"`);
    return this.object(value, NODE_SHAPES[type as keyof typeof NODE_SHAPES], path, indent);
  }

  object(value: unknown, shape: ObjectShape, path: string, indent: string): string {
    if (!isPlainObject(value)) throw new CanonicalJsonError(path, `expected ${shape.name} to be an object, found ${describe(value)}`);
    // A field the model does not have would be lost (or break the JSON Schema); refuse it.
    for (const key in value) {
      if (Object.hasOwn(value, key) && value[key] !== undefined && !shape.keys.includes(key)) {
        throw new CanonicalJsonError(`${path}/${key}`, `${shape.name} has no field "${key}"`);
      }
    }
    const inner = this.pretty ? `${indent}  ` : '';
    const separator = this.pretty ? ': ' : ':';
    const parts: string[] = [];
    for (const key of shape.keys) {
      if (!Object.hasOwn(value, key)) continue;
      const field = value[key];
      if (field === undefined) continue;
      if (!this.positions && POSITION_KEYS.has(key)) continue;
      const fieldShape = shape.fields[key] ?? SCALAR;
      parts.push(`${JSON.stringify(key)}${separator}${this.value(field, fieldShape, `${path}/${key}`, inner)}`);
    }
    if (parts.length === 0) return '{}';
    return this.pretty ? `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}` : `{${parts.join(',')}}`;
  }

  scalar(value: unknown, path: string): string {
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return JSON.stringify(value);
      case 'number':
        if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} has no JSON form`);
        // -0 is written as 0, as JSON.stringify does.
        return JSON.stringify(value);
      case 'object':
        if (value === null) return 'null';
        throw new CanonicalJsonError(path, `expected a string, number, boolean or null, found ${describe(value)}`);
      default:
        throw new CanonicalJsonError(path, `${describe(value)} has no JSON form`);
    }
  }
}

const SCALAR: Shape = { kind: 'scalar' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
