import type { Article } from '@copydesk/model/core';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { renderJson } from './canonical-json.js';

/**
 * An identifier derived from the article's content: `sha256:` and the SHA-256 of its canonical
 * JSON without positions. The same article gives the same id on every machine and run
 * (canonical JSON does not depend on key order); any edit gives a new one.
 *
 * @example
 * contentId(article) // 'sha256:3f1c…' (64 hex digits)
 */
export function contentId(article: Article): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(renderJson(article, { positions: false }))))}`;
}
