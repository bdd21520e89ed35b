import type { Article } from '@copydesk/model';
import { renderHtml } from '@copydesk/render-html';
import { type JsonFeed, renderJsonFeed } from '@copydesk/render-json';

/** An article of the batch and the input it came from. */
export interface FeedEntry {
  input: string;
  article: Article;
}

/**
 * `--to jsonfeed`: one JSON Feed 1.1 document for the whole batch, in input order, each item with
 * its HTML (a fragment) as `content_html`. Item ids are render-json's defaults (the article's URL,
 * else a hash of its content); when two inputs hold the same article, so the same id, the input
 * paths are used instead so that both are kept.
 *
 * @example
 * renderBatchFeed([{ input: 'a.txt', article }], 'Articles from a.txt');
 */
export function renderBatchFeed(entries: readonly FeedEntry[], title: string): string {
  const articles = entries.map((e) => e.article);
  const options = { contentHtml: (article: Article) => renderHtml(article) };
  let feed: JsonFeed;
  try {
    feed = renderJsonFeed(articles, { title }, options);
  } catch (error) {
    // renderJsonFeed refuses duplicate ids with a TypeError (nothing else can fail with this title and no feed URL).
    if (!(error instanceof TypeError)) throw error;
    feed = renderJsonFeed(articles, { title }, { ...options, itemId: entries.map((e) => e.input) });
  }
  return `${JSON.stringify(feed, null, 2)}\n`;
}
