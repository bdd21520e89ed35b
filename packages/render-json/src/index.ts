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
export {
  COPYDESK_FEED_EXTENSION_ABOUT,
  type CopydeskItemExtension,
  JSON_FEED_VERSION,
  type JsonFeed,
  type JsonFeedAuthor,
  type JsonFeedItem,
  type JsonFeedMeta,
  type JsonFeedOptions,
  type PerArticle,
  renderJsonFeed,
} from './json-feed.js';
export { contentId } from './content-id.js';
export { articleSummary, SUMMARY_MAX_LENGTH } from './article-summary.js';
