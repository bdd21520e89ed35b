import type { ObjectShape, Shape } from './canonical-shapes.js';

/**
 * Writers for the objects an article is mostly made of: points, positions, paragraphs and
 * text (most of the objects in a parsed article), and one for any other object of the model.
 * The generic walker in `canonical-json.ts` looks every field up by a key from the shape table,
 * which V8 serves through its slow megamorphic path; these read the fields by name, or all of
 * an object's fields in one `for…in` pass, and write them in canonical order (as
 * `canonical-shapes.ts` lists them).
 *
 * Each writer takes only the usual form of its object and returns `undefined` for anything
 * else (an unknown, inherited, non-enumerable or unexpected field, a value of another kind),
 * so the generic walker writes it, or names its fault, exactly as it always has. They keep no
 * path for error messages: `renderJson` writes an article that fails again without them.
 */

/** What the writers need from the writer they serve. */
export interface ObjectWriterContext {
  readonly pretty: boolean;
  /** Whether `position` fields are written. */
  readonly positions: boolean;
  indent(depth: number): string;
  /** What comes between two members at `depth` (see `CanonicalWriter`). */
  separator(depth: number): string;
  /** Any node, through the generic walker. */
  node(value: unknown, depth: number): string;
  /** Any value of the given shape, through the generic walker. */
  value(value: unknown, shape: Shape, depth: number): string;
  /** This render's set of arrays for `writeObject`. */
  readonly fieldValues: FieldValues;
}

/** `"key":` (compact) or `"key": ` (pretty) for each key written here. */
interface KeyStrings {
  readonly type: string;
  readonly value: string;
  readonly children: string;
  readonly position: string;
  readonly start: string;
  readonly end: string;
  readonly line: string;
  readonly column: string;
  readonly offset: string;
}

function keyStrings(suffix: string): KeyStrings {
  const key = (name: string): string => `"${name}":${suffix}`;
  return {
    type: key('type'),
    value: key('value'),
    children: key('children'),
    position: key('position'),
    start: key('start'),
    end: key('end'),
    line: key('line'),
    column: key('column'),
    offset: key('offset'),
  };
}

const COMPACT_KEYS = keyStrings('');
const PRETTY_KEYS = keyStrings(' ');

/**
 * Whether `for…in` over `value` sees exactly its own enumerable keys: its prototype is
 * `Object.prototype` or none, and `renderJson` has checked that `Object.prototype` has no
 * enumerable property of its own.
 */
function hasPlainPrototype(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Whether `Object.prototype` has an enumerable property, which `for…in` would visit on every object. */
export function objectPrototypeHasEnumerable(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

/**
 * The longest run, from `lastIndex`, of characters that JSON.stringify writes as themselves:
 * anything but `"`, `\`, control characters and surrogates (a lone surrogate becomes `\uXXXX`;
 * a pair is kept, but telling the two apart is JSON.stringify's job). Sticky and greedy, it
 * always matches, and V8 runs it as one tight native loop over the characters: faster than a
 * search for the first character that needs escaping, which restarts its match at every one.
 */
const PLAIN_RUN = /[^"\\\u0000-\u001f\ud800-\udfff]*/y;

/** Where the run of characters written as themselves that starts at `from` ends. */
function plainRunEnd(value: string, from: number): number {
  PLAIN_RUN.lastIndex = from;
  PLAIN_RUN.test(value);
  return PLAIN_RUN.lastIndex;
}

/** `value` as a JSON string, byte for byte as JSON.stringify writes it. */
export function quote(value: string): string {
  return `"${jsonStringContent(value)}"`;
}

/**
 * What {@link quote} writes between the quotation marks, so that a writer can put the marks
 * into the constant text around the value: each piece joined to the output is another string
 * object for the collector.
 */
export function jsonStringContent(value: string): string {
  let end = plainRunEnd(value, 0);
  // Most text needs no escaping: it is written as it is, without the serializer's per-call setup.
  if (end === value.length) return value;
  // Most of the rest is prose with quotation marks, which JSON.stringify escapes as `\"`:
  // copying the runs between them, each scanned once, is several times faster than the
  // serializer's character loop. Anything else that needs escaping is left to JSON.stringify.
  let out = '';
  let from = 0;
  while (value.charCodeAt(end) === 0x22) {
    out += value.slice(from, end) + '\\"';
    from = end + 1;
    end = plainRunEnd(value, from);
    if (end === value.length) return out + value.slice(from);
  }
  const json = JSON.stringify(value);
  return json.slice(1, json.length - 1);
}

/** A number JSON can hold; a template literal writes it exactly as JSON.stringify does (-0 as 0). */
function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `{…}` around members already joined by `writer.separator(depth + 1)`. */
function wrap(writer: ObjectWriterContext, members: string, depth: number): string {
  if (members === '') return '{}';
  return writer.pretty ? `{\n${writer.indent(depth + 1)}${members}\n${writer.indent(depth)}}` : `{${members}}`;
}

/** A point in its usual form: `line`, `column` and `offset`, all three own fields and finite numbers. */
type UsualPoint = { line: number; column: number; offset: number };

function isUsualPoint(value: object): value is UsualPoint {
  if (!hasPlainPrototype(value)) return false;
  let count = 0;
  for (const key in value) {
    if (key !== 'line' && key !== 'column' && key !== 'offset') return false;
    count += 1;
  }
  if (count !== 3) return false;
  const { line, column, offset } = value as { line: unknown; column: unknown; offset: unknown };
  return isFiniteNumber(line) && isFiniteNumber(column) && isFiniteNumber(offset);
}

/** A point (`line`, `column`, `offset`), all three own fields and finite numbers. */
export function writePoint(writer: ObjectWriterContext, value: object, depth: number): string | undefined {
  if (!isUsualPoint(value)) return undefined;
  const { line, column, offset } = value;
  if (!writer.pretty) return `{"line":${line},"column":${column},"offset":${offset}}`;
  const inner = writer.indent(depth + 1);
  return `{\n${inner}"line": ${line},\n${inner}"column": ${column},\n${inner}"offset": ${offset}\n${writer.indent(depth)}}`;
}

const POSITION_FIELDS = ['start', 'end'] as const;
const TEXT_FIELDS = ['type', 'value', 'position'] as const;
const PARAGRAPH_FIELDS = ['type', 'children', 'position'] as const;

/**
 * Which of `fields` `value` has as enumerable keys (own or inherited, as `for…in` sees them), as
 * a bit mask (bit i for `fields[i]`), or -1 when it has any other key: such an object is left to
 * the generic walker.
 */
function enumerableKeysAmong(value: object, fields: readonly string[]): number {
  let seen = 0;
  for (const key in value) {
    // A loop of comparisons rather than `indexOf`: the fields are three names, and a call into
    // the builtin for each key of each text and paragraph cost more than comparing them here.
    let at = 0;
    while (at < fields.length && fields[at] !== key) at += 1;
    if (at === fields.length) return -1;
    seen |= 1 << at;
  }
  return seen;
}

/** A position: `start` and `end` points, either left out when undefined. */
export function writePosition(writer: ObjectWriterContext, value: object, depth: number): string | undefined {
  if (!writer.pretty) {
    const compact = compactPosition(value);
    if (compact !== undefined) return compact;
  }
  if (!hasPlainPrototype(value)) return undefined;
  const seen = enumerableKeysAmong(value, POSITION_FIELDS);
  if (seen === -1) return undefined;
  const { start, end } = value as { start: unknown; end: unknown };
  // A field set but not seen above is inherited or not enumerable: the generic walker decides.
  if (((seen & 1) === 0 && start !== undefined) || ((seen & 2) === 0 && end !== undefined)) return undefined;
  const keys = writer.pretty ? PRETTY_KEYS : COMPACT_KEYS;
  let members = '';
  if (start !== undefined) {
    if (typeof start !== 'object' || start === null) return undefined;
    const written = writePoint(writer, start, depth + 1);
    if (written === undefined) return undefined;
    members = keys.start + written;
  }
  if (end !== undefined) {
    if (typeof end !== 'object' || end === null) return undefined;
    const written = writePoint(writer, end, depth + 1);
    if (written === undefined) return undefined;
    members += (members === '' ? '' : writer.separator(depth + 1)) + keys.end + written;
  }
  return wrap(writer, members, depth);
}

/**
 * A position as compact output writes it, when it has both points and all is in the usual form
 * (`undefined` otherwise). Positions and their points are most of an article's objects:
 * writing each in one concatenation of constant parts and numbers, rather than through a
 * writer per object, gives the same bytes with fewer and larger pieces.
 */
function compactPosition(position: object): string | undefined {
  return compactPositionBetween(position, POSITION_OPEN, POSITION_CLOSE);
}

/** What a compact position starts and ends with. */
const POSITION_OPEN = '{"start":{"line":';
const POSITION_CLOSE = '}}';
/** The same with the member's key before it and, after it, the brace that closes the node it ends. */
const POSITION_MEMBER_OPEN = ',"position":{"start":{"line":';
const POSITION_MEMBER_CLOSE = '}}}';

/**
 * {@link compactPosition} with `open` written for its first constant part and `close` for its
 * last: the member's key before it, and what follows it, become part of constants instead of
 * more pieces joined at run time.
 */
function compactPositionBetween(position: object, open: string, close: string): string | undefined {
  if (!hasPlainPrototype(position)) return undefined;
  let count = 0;
  for (const key in position) {
    if (key !== 'start' && key !== 'end') return undefined;
    count += 1;
  }
  if (count !== 2) return undefined;
  const { start, end } = position as { start: unknown; end: unknown };
  if (typeof start !== 'object' || start === null || !isUsualPoint(start)) return undefined;
  if (typeof end !== 'object' || end === null || !isUsualPoint(end)) return undefined;
  return (
    open + start.line + ',"column":' + start.column + ',"offset":' + start.offset +
    '},"end":{"line":' + end.line + ',"column":' + end.column + ',"offset":' + end.offset + close
  );
}

/** `position` as a member (with the separator before it), `''` when left out, `undefined` when unusual. */
function positionMember(writer: ObjectWriterContext, position: unknown, depth: number, keys: KeyStrings): string | undefined {
  if (position === undefined || !writer.positions) return '';
  if (typeof position !== 'object' || position === null || Array.isArray(position)) return undefined;
  if (!writer.pretty) {
    const compact = compactPosition(position);
    if (compact !== undefined) return ',"position":' + compact;
  }
  const written = writePosition(writer, position, depth + 1);
  return written === undefined ? undefined : writer.separator(depth + 1) + keys.position + written;
}

/** {@link POSITION_MEMBER_OPEN} after an array member, whose `]` it closes. */
const POSITION_MEMBER_AFTER_ARRAY_OPEN = '],"position":{"start":{"line":';

/**
 * The end of a node in compact output: the `]` of its last member when `afterArray`, its
 * `position` member when written, and the closing brace; `undefined` when the position is
 * unusual.
 */
function compactNodeEnd(writer: ObjectWriterContext, position: unknown, depth: number, afterArray: boolean): string | undefined {
  if (position === undefined || !writer.positions) return afterArray ? ']}' : '}';
  if (typeof position === 'object' && position !== null && !Array.isArray(position)) {
    const open = afterArray ? POSITION_MEMBER_AFTER_ARRAY_OPEN : POSITION_MEMBER_OPEN;
    const written = compactPositionBetween(position, open, POSITION_MEMBER_CLOSE);
    if (written !== undefined) return written;
  }
  const member = positionMember(writer, position, depth, COMPACT_KEYS);
  return member === undefined ? undefined : `${afterArray ? ']' : ''}${member}}`;
}

/** An array of nodes: text and paragraphs directly, any other through `writer.node`. */
function writeNodes(writer: ObjectWriterContext, value: unknown, depth: number): string | undefined {
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return '[]';
  const separator = writer.separator(depth + 1);
  let out = '';
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (item === undefined) return undefined;
    out += (index === 0 ? '' : separator) + writeNode(writer, item, depth + 1);
  }
  return writer.pretty ? `[\n${writer.indent(depth + 1)}${out}\n${writer.indent(depth)}]` : `[${out}]`;
}

/**
 * `writeNodes` for compact output, which needs no separator or indentation looked up: `open`
 * (which ends with the array's `[`) and the items, without the closing `]`, which the caller
 * writes with what follows it.
 */
function writeCompactNodesAfter(open: string, writer: ObjectWriterContext, value: unknown, depth: number): string | undefined {
  if (!Array.isArray(value)) return undefined;
  let out = open;
  for (let index = 0; index < value.length; index += 1) {
    const item: unknown = value[index];
    if (item === undefined) return undefined;
    if (index !== 0) out += ',';
    out += writeNode(writer, item, depth + 1);
  }
  return out;
}

/**
 * An array of nodes (the children of the article, of a list, of a quote…), without the generic
 * walker's path and dispatch for each item; `undefined` when an item is missing, so the walker
 * names it.
 */
export function writeNodeArray(writer: ObjectWriterContext, value: unknown, depth: number): string | undefined {
  if (writer.pretty) return writeNodes(writer, value, depth);
  const written = writeCompactNodesAfter('[', writer, value, depth);
  return written === undefined ? undefined : written + ']';
}

/** A node: text and paragraphs here, when they take the usual form; any other through `writer.node`. */
export function writeNode(writer: ObjectWriterContext, node: unknown, depth: number): string {
  if (typeof node === 'object' && node !== null) {
    const type = (node as { type?: unknown }).type;
    const written = type === 'text' ? writeText(writer, node, depth) : type === 'paragraph' ? writeParagraph(writer, node, depth) : undefined;
    if (written !== undefined) return written;
  }
  return writer.node(node, depth);
}

/** A text node (`type`, `value`, `position`) whose `type` is `"text"`. */
export function writeText(writer: ObjectWriterContext, node: object, depth: number): string | undefined {
  if (!hasPlainPrototype(node)) return undefined;
  const seen = enumerableKeysAmong(node, TEXT_FIELDS);
  if (seen === -1) return undefined;
  const { value, position } = node as { value: unknown; position: unknown };
  if ((seen & 1) === 0 || ((seen & 2) === 0 && value !== undefined) || ((seen & 4) === 0 && position !== undefined)) return undefined;
  if (value !== undefined && typeof value !== 'string') return undefined;
  if (!writer.pretty) {
    // One concatenation of constant parts and the value (see compactPosition), the quotation
    // marks in the constants: a text without a position is three pieces.
    const end = compactNodeEnd(writer, position, depth, false);
    if (end === undefined) return undefined;
    if (value === undefined) return '{"type":"text"' + end;
    return '{"type":"text","value":"' + jsonStringContent(value) + (end === '}' ? '"}' : '"' + end);
  }
  const keys = PRETTY_KEYS;
  const positionWritten = positionMember(writer, position, depth, keys);
  if (positionWritten === undefined) return undefined;
  let members = `${keys.type}"text"`;
  if (value !== undefined) members += writer.separator(depth + 1) + keys.value + quote(value);
  return wrap(writer, members + positionWritten, depth);
}

/** A paragraph (`type`, `children`, `position`; one with `boilerplate` is left to the generic walker) whose `type` is `"paragraph"`. */
export function writeParagraph(writer: ObjectWriterContext, node: object, depth: number): string | undefined {
  if (!hasPlainPrototype(node)) return undefined;
  const seen = enumerableKeysAmong(node, PARAGRAPH_FIELDS);
  if (seen === -1) return undefined;
  const { children, boilerplate, position } = node as { children: unknown; boilerplate: unknown; position: unknown };
  if ((seen & 1) === 0 || boilerplate !== undefined || ((seen & 2) === 0 && children !== undefined) || ((seen & 4) === 0 && position !== undefined)) {
    return undefined;
  }
  if (!writer.pretty) {
    // Constant parts and members joined in one run (see compactPosition): the brackets and
    // keys around the children are written with the constants on either side of them.
    if (children === undefined) {
      const end = compactNodeEnd(writer, position, depth, false);
      return end === undefined ? undefined : '{"type":"paragraph"' + end;
    }
    const written = writeCompactNodesAfter('{"type":"paragraph","children":[', writer, children, depth + 1);
    if (written === undefined) return undefined;
    const end = compactNodeEnd(writer, position, depth, true);
    return end === undefined ? undefined : written + end;
  }
  const keys = PRETTY_KEYS;
  let childrenWritten: string | undefined;
  if (children !== undefined) {
    childrenWritten = writeNodes(writer, children, depth + 1);
    if (childrenWritten === undefined) return undefined;
  }
  const positionWritten = positionMember(writer, position, depth, keys);
  if (positionWritten === undefined) return undefined;
  let members = `${keys.type}"paragraph"`;
  if (childrenWritten !== undefined) members += writer.separator(depth + 1) + keys.children + childrenWritten;
  return wrap(writer, members + positionWritten, depth);
}

/**
 * Where `writeObject` keeps an object's field values, in canonical order, while it reads them:
 * an array per depth. The depths articles reach are made up front, and every array has room
 * for any value and for the largest object: adding a depth or changing an array's kind of
 * elements later, after the writer is optimised, would throw that code away. Each render has
 * a set of its own (so a render started from inside another, by a getter, cannot overwrite
 * its values), taken from and given back to a pool, so renders do not make new ones.
 */
export class FieldValues {
  private readonly byDepth: unknown[][] = Array.from({ length: 16 }, fieldValueSlots);

  /** The array for objects at `depth`. */
  at(depth: number): unknown[] {
    let values = depth < this.byDepth.length ? this.byDepth[depth] : undefined;
    if (values === undefined) {
      values = fieldValueSlots();
      this.byDepth[depth] = values;
    }
    return values;
  }
}

function fieldValueSlots(): unknown[] {
  return new Array<unknown>(32).fill(undefined);
}

const SPARE_FIELD_VALUES: FieldValues[] = [];

/** Run `write` with a set of field values of its own, from the pool. */
export function withFieldValues<T>(write: (values: FieldValues) => T): T {
  const values = SPARE_FIELD_VALUES.pop() ?? new FieldValues();
  try {
    return write(values);
  } finally {
    SPARE_FIELD_VALUES.push(values);
  }
}

/**
 * Any other object of the model (the article, `meta`, a removed span, a heading…) in its usual
 * form: a plain object whose enumerable keys are all fields of `shape`, and that has no field
 * of `shape` that is inherited or not enumerable. Its values are read in one `for…in` pass,
 * which V8 serves from the object's own layout, where the generic walker looks each field of
 * the shape up by name (`hasOwn`, then a load) through its slow path for varying keys.
 */
export function writeObject(writer: ObjectWriterContext, value: object, shape: ObjectShape, depth: number): string | undefined {
  const keys = shape.keys;
  // `seen` below has a bit per field; no object of the model comes near 31 fields.
  if (keys.length > 31 || !hasPlainPrototype(value)) return undefined;
  const values = writer.fieldValues.at(depth);
  // Only the slots of fields seen are read below, so slots left from another object need no clearing.
  let seen = 0;
  let count = 0;
  for (const key in value) {
    let at = 0;
    while (at < keys.length && keys[at] !== key) at += 1;
    if (at === keys.length) return undefined;
    values[at] = (value as Record<string, unknown>)[key];
    seen |= 1 << at;
    count += 1;
  }
  // A field set but not seen above is inherited or not enumerable: the generic walker decides.
  if (count !== keys.length) {
    for (let k = 0; k < keys.length; k += 1) {
      if ((seen & (1 << k)) === 0 && (value as Record<string, unknown>)[keys[k] as string] !== undefined) return undefined;
    }
  }
  const entries = shape.entries;
  const separator = writer.separator(depth + 1);
  let members = '';
  for (let k = 0; k < entries.length; k += 1) {
    if ((seen & (1 << k)) === 0) continue;
    const field = values[k];
    // Let go of the value: the set outlives the render.
    values[k] = undefined;
    if (field === undefined) continue;
    const entry = entries[k] as (typeof entries)[number];
    if (entry.isPosition && !writer.positions) continue;
    const written = writer.value(field, entry.shape, depth + 1);
    if (members !== '') members += separator;
    members += (writer.pretty ? entry.prettyQuoted : entry.quoted) + written;
  }
  return wrap(writer, members, depth);
}
