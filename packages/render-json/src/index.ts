export {
  type JsonLdCreativeWork,
  type JsonLdImageObject,
  type JsonLdOptions,
  type JsonLdOrganization,
  type JsonLdPerson,
  type JsonLdWebPage,
  JSON_LD_DESCRIPTION_MAX_LENGTH,
  type NewsArticleJsonLd,
  renderJsonLd,
} from './json-ld.js';
export { type ScriptSafeJsonOptions, serializeJsonLdForHtml } from './script-safe-json.js';
export { isOrganizationName } from './author-kind.js';
export { CanonicalJsonError, type RenderJsonOptions, renderJson } from './canonical-json.js';
export { createNdjsonTransformStream, type NdjsonOptions, ndjsonLine, toNdjson } from './ndjson.js';
export {
  createNdjsonWriter,
  type NdjsonSink,
  type NdjsonWriter,
  type NdjsonWriterOptions,
  type NodeWritableLike,
} from './ndjson-writer.js';
