// Puts one node (or one metadata field) into an otherwise minimal valid article, so that a case
// can be checked whole by validateArticle and by the shipped JSON Schema, with the path of the
// node known.

/** A minimal valid article as plain JSON (no builders, so the cases test the schema alone). */
export function minimalArticle(): Record<string, unknown> {
  return {
    type: 'article',
    version: '1.0.0',
    meta: { authors: [], tags: [] },
    children: [],
    removed: [],
    diagnostics: [],
  };
}

/** The article with `block` as its only body block, at `/children/0`. */
export function withBlock(block: unknown): Record<string, unknown> {
  return { ...minimalArticle(), children: [block] };
}

/** The article with one paragraph holding `inline`, at `/children/0/children/0`. */
export function withInline(inline: unknown): Record<string, unknown> {
  return withBlock({ type: 'paragraph', children: [inline] });
}

/** The article with `fields` merged into its metadata, at `/meta`. */
export function withMeta(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...minimalArticle(), meta: { authors: [], tags: [], ...fields } };
}

/** The article with `removed` as its only removed span, at `/removed/0`. */
export function withRemoved(removed: unknown): Record<string, unknown> {
  return { ...minimalArticle(), removed: [removed] };
}

/** The article with `diagnostic` as its only diagnostic, at `/diagnostics/0`. */
export function withDiagnostic(diagnostic: unknown): Record<string, unknown> {
  return { ...minimalArticle(), diagnostics: [diagnostic] };
}

/** The article with one paragraph positioned at `position`, at `/children/0/position`. */
export function withPosition(position: unknown): Record<string, unknown> {
  return withBlock({ type: 'paragraph', children: [{ type: 'text', value: 'x' }], position });
}

/** A well-formed position: line 1, columns 1 to 6, offsets 0 to 5. */
export const POSITION = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 6, offset: 5 } };

/** A document the model must accept. */
export interface ValidCase {
  name: string;
  document: unknown;
}

/** A document the model must refuse, and the path (as validateArticle writes it) of an error. */
export interface InvalidCase {
  name: string;
  document: unknown;
  path: string;
}
