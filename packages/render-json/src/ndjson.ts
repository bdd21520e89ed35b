import type { Article } from '@copydesk/model/core';
import { renderJson } from './canonical-json.js';

/** Options for NDJSON output: each line is `renderJson(article, options)` (compact) and `\n`. */
export interface NdjsonOptions {
  /** Keep positions (default `true`); `false` leaves every `position` out. */
  positions?: boolean;
}

/**
 * One NDJSON line: the article's compact canonical JSON and `\n`. Compact JSON escapes every
 * control character in strings, so the line holds no other `\n`.
 *
 * @example
 * ndjsonLine(article) // '{"type":"article",…}\n'
 */
export function ndjsonLine(article: Article, options: NdjsonOptions = {}): string {
  return `${renderJson(article, { positions: options.positions ?? true })}\n`;
}

/**
 * The articles as NDJSON lines (http://ndjson.org, also called JSON Lines), one article per
 * line, each ending in `\n`. Lazy: an article is rendered when its line is asked for.
 * An array or other iterable gives a generator; an async iterable gives an async generator.
 *
 * @example
 * for (const line of toNdjson(articles)) process.stdout.write(line);
 * for await (const line of toNdjson(readArticles())) await sink.write(line);
 */
export function toNdjson(articles: Iterable<Article>, options?: NdjsonOptions): Generator<string, void, undefined>;
export function toNdjson(articles: AsyncIterable<Article>, options?: NdjsonOptions): AsyncGenerator<string, void, undefined>;
export function toNdjson(
  articles: Iterable<Article> | AsyncIterable<Article>,
  options?: NdjsonOptions,
): Generator<string, void, undefined> | AsyncGenerator<string, void, undefined>;
export function toNdjson(
  articles: Iterable<Article> | AsyncIterable<Article>,
  options: NdjsonOptions = {},
): Generator<string, void, undefined> | AsyncGenerator<string, void, undefined> {
  if (isAsyncIterable(articles)) return asyncLines(articles, options);
  if (isIterable(articles)) return syncLines(articles, options);
  throw new TypeError('toNdjson: expected an iterable or async iterable of articles');
}

function* syncLines(articles: Iterable<Article>, options: NdjsonOptions): Generator<string, void, undefined> {
  for (const article of articles) yield ndjsonLine(article, options);
}

async function* asyncLines(articles: AsyncIterable<Article>, options: NdjsonOptions): AsyncGenerator<string, void, undefined> {
  for await (const article of articles) yield ndjsonLine(article, options);
}

/**
 * A web `TransformStream` from articles to NDJSON lines, for `pipeThrough`. Back-pressure is the
 * streams machinery's own: the transform pulls an article only when its reader wants a line.
 *
 * @example
 * await articleStream.pipeThrough(createNdjsonTransformStream()).pipeThrough(new TextEncoderStream()).pipeTo(sink);
 */
export function createNdjsonTransformStream(options: NdjsonOptions = {}): TransformStream<Article, string> {
  return new TransformStream<Article, string>({
    transform(article, controller) {
      controller.enqueue(ndjsonLine(article, options));
    },
  });
}

export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

export function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}
