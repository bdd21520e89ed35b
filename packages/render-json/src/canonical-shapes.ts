import type {
  Article,
  Author,
  Blockquote,
  BoilerplateTag,
  Break,
  Dateline,
  Diagnostic,
  Embed,
  Emphasis,
  Figure,
  Heading,
  Image,
  InlineCode,
  Link,
  List,
  ListItem,
  Meta,
  MetaPositions,
  NodeType,
  Paragraph,
  Point,
  Position,
  Removed,
  Source,
  Stats,
  Strong,
  Text,
  ThematicBreak,
} from '@copydesk/model/core';

/**
 * The canonical key order of every object in the model, defined once: the order of the fields
 * in the model's schemas (`type` first, `position` last), which is also the order the model's
 * README documents them in. Each list is checked against its TypeScript type, so a field added
 * to the model and missing here is a compile error (and `canonical-shapes.test.ts` checks the
 * order against the zod schemas).
 */

/** How to write one value: a scalar as is, an object in a fixed key order, an array item by item, or a node by its `type`. */
export type Shape = ScalarShape | ObjectShape | ArrayShape | NodeShape;

export interface ScalarShape {
  kind: 'scalar';
}
export interface ObjectShape {
  kind: 'object';
  /** What is being written, for error messages ("meta", "paragraph"). */
  name: string;
  keys: readonly string[];
  /** Shapes of the fields that are not scalars. */
  fields: Readonly<Record<string, Shape>>;
  /**
   * `keys` with what writing each needs, resolved once here so the writer's per-field loop reads
   * one array of same-shaped records instead of looking keys up in `fields` and `POSITION_KEYS`.
   */
  entries: readonly FieldEntry[];
}
/** One field of an `ObjectShape`, in canonical order. */
export interface FieldEntry {
  key: string;
  /** `"key":`; model keys are plain ASCII identifiers, so quoting them needs no escaping. */
  quoted: string;
  /** `"key": `, as pretty output writes it. */
  prettyQuoted: string;
  shape: Shape;
  /** Whether `positions: false` leaves the field out. */
  isPosition: boolean;
}
export interface ArrayShape {
  kind: 'array';
  items: Shape;
}
export interface NodeShape {
  kind: 'node';
}

/** Keys of `T` that are missing from the tuple `K`. */
type Missing<T, K extends readonly PropertyKey[]> = Exclude<keyof T, K[number]>;

/**
 * `keys`, accepted only when it lists every key of `T` (and nothing else).
 * @example keyOrder<Point>()(['line', 'column', 'offset'])
 */
function keyOrder<T>() {
  return <const K extends readonly (keyof T & string)[]>(keys: K & ([Missing<T, K>] extends [never] ? unknown : { missing: Missing<T, K> })): K =>
    keys;
}

/** Fields that hold positions: what `positions: false` leaves out. */
export const POSITION_KEYS: ReadonlySet<string> = new Set(['position', 'positions']);

const scalar: ScalarShape = { kind: 'scalar' };
const node: NodeShape = { kind: 'node' };
const arrayOf = (items: Shape): ArrayShape => ({ kind: 'array', items });
function object(name: string, keys: readonly string[], fields: Record<string, Shape> = {}): ObjectShape {
  const entries = keys.map((key): FieldEntry => ({ key, quoted: `"${key}":`, prettyQuoted: `"${key}": `, shape: fields[key] ?? scalar, isPosition: POSITION_KEYS.has(key) }));
  return { kind: 'object', name, keys, fields, entries };
}

const point = object('point', keyOrder<Point>()(['line', 'column', 'offset']));
const position = object('position', keyOrder<Position>()(['start', 'end']), { start: point, end: point });
const withPosition = { position };
const phrasing = arrayOf(node);
const flow = arrayOf(node);

const boilerplate = object('boilerplate', keyOrder<BoilerplateTag>()(['kind', 'reason']));
const image = object('image', keyOrder<Image>()(['url', 'alt', 'title']));
const author = object('author', keyOrder<Author>()(['name', 'role', 'url']));
const dateline = object('dateline', keyOrder<Dateline>()(['text', 'place', 'agency', 'date', 'position']), withPosition);
const source = object('source', keyOrder<Source>()(['name', 'url', 'originalPublisher', 'originalUrl']));
const stats = object('stats', keyOrder<Stats>()(['words', 'characters', 'paragraphs', 'readingMinutes']));
const metaPositions = object('meta.positions', keyOrder<MetaPositions>()(['title', 'subtitle', 'byline', 'published']), {
  title: position,
  subtitle: position,
  byline: position,
  published: position,
});
const meta = object(
  'meta',
  keyOrder<Meta>()([
    'title', 'subtitle', 'authors', 'dateline', 'published', 'modified', 'language', 'source', 'leadImage', 'tags', 'stats', 'positions',
  ]),
  { authors: arrayOf(author), dateline, source, leadImage: node, tags: arrayOf(scalar), stats, positions: metaPositions },
);
const diagnostic = object('diagnostic', keyOrder<Diagnostic>()(['code', 'severity', 'message', 'position']), withPosition);

/** Every node type (and the `removed` span, which also has a `type`) with its key order. */
export const NODE_SHAPES: { readonly [T in NodeType | 'removed']: ObjectShape } = {
  article: object('article', keyOrder<Article>()(['type', 'version', 'meta', 'children', 'removed', 'diagnostics']), {
    meta,
    children: flow,
    removed: arrayOf(node),
    diagnostics: arrayOf(diagnostic),
  }),
  paragraph: object('paragraph', keyOrder<Paragraph>()(['type', 'children', 'boilerplate', 'position']), { children: phrasing, boilerplate, position }),
  heading: object('heading', keyOrder<Heading>()(['type', 'depth', 'children', 'position']), { children: phrasing, position }),
  blockquote: object('blockquote', keyOrder<Blockquote>()(['type', 'children', 'attribution', 'position']), { children: flow, position }),
  list: object('list', keyOrder<List>()(['type', 'ordered', 'start', 'children', 'position']), { children: arrayOf(node), position }),
  listItem: object('listItem', keyOrder<ListItem>()(['type', 'children', 'position']), { children: flow, position }),
  figure: object('figure', keyOrder<Figure>()(['type', 'image', 'caption', 'credit', 'position']), { image, caption: phrasing, position }),
  embed: object('embed', keyOrder<Embed>()(['type', 'url', 'provider', 'fallback', 'position']), withPosition),
  thematicBreak: object('thematicBreak', keyOrder<ThematicBreak>()(['type', 'position']), withPosition),
  text: object('text', keyOrder<Text>()(['type', 'value', 'position']), withPosition),
  emphasis: object('emphasis', keyOrder<Emphasis>()(['type', 'children', 'position']), { children: phrasing, position }),
  strong: object('strong', keyOrder<Strong>()(['type', 'children', 'position']), { children: phrasing, position }),
  link: object('link', keyOrder<Link>()(['type', 'url', 'title', 'children', 'position']), { children: phrasing, position }),
  break: object('break', keyOrder<Break>()(['type', 'position']), withPosition),
  code: object('code', keyOrder<InlineCode>()(['type', 'value', 'position']), withPosition),
  removed: object('removed', keyOrder<Removed>()(['type', 'kind', 'text', 'reason', 'rule', 'position']), withPosition),
};

/** Shapes by name, for tests that compare the orders with the model's schemas. */
export const OBJECT_SHAPES = { point, position, boilerplate, image, author, dateline, source, stats, metaPositions, meta, diagnostic } as const;

