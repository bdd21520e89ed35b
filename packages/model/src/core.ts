/**
 * The model without its schemas: the types, the version, the builders and the tree utilities.
 *
 * Parsers and renderers only build and walk articles; they never validate one. Importing this
 * entry (`@copydesk/model/core`) instead of the main one means loading them does not load zod,
 * which takes about 45 ms at start-up (paid again by every worker thread of a batch) and most of
 * a browser bundle. Validation and the schemas live in the main entry, which re-exports all of this.
 */
export type { Article } from './article.js';
export type {
  Block,
  Blockquote,
  BoilerplateTag,
  Embed,
  Figure,
  Heading,
  Image,
  List,
  ListItem,
  Paragraph,
  ThematicBreak,
} from './block.js';
export type { Diagnostic, Severity } from './diagnostic.js';
export type { Break, Emphasis, Inline, InlineCode, Link, Strong, Text } from './inline.js';
export type { Author, Dateline, Meta, MetaPositions, Source, Stats } from './meta.js';
export type { Point, Position } from './position.js';
export type { Removed, RemovedKind } from './removed.js';
export { MODEL_MAJOR, MODEL_VERSION } from './version.js';
export { REMOVED_KINDS } from './removed-kinds.js';
export * from './builders.js';
export * from './node.js';
export * from './visit.js';
export * from './plain-text.js';
export * from './stats.js';
