import { type Article, toPlainText } from '@copydesk/model';
import { collapseWhiteSpace, excerpt } from './text-excerpt.js';

/** Longest summary made from the first paragraph: about what a search result or feed reader shows. */
export const SUMMARY_MAX_LENGTH = 200;

/**
 * A sentence or two that says what the article is about: its subtitle, else the start of its
 * first paragraph (without the dateline prefix), cut at a word to at most `maxLength`
 * characters. `undefined` when the article has neither. JSON-LD `description` and JSON Feed
 * `summary` both use it, so they always agree.
 *
 * @example
 * articleSummary(mosulGolden()) // 'US-backed Iraqi ground troops, following on the heels of …'
 */
export function articleSummary(article: Article, maxLength = SUMMARY_MAX_LENGTH): string | undefined {
  const subtitle = article.meta.subtitle?.trim();
  if (subtitle) return subtitle;
  const first = article.children.find((block) => block.type === 'paragraph');
  if (!first) return undefined;
  let text = collapseWhiteSpace(toPlainText(first));
  const prefix = article.meta.dateline?.text.trim();
  if (prefix && text.startsWith(prefix)) text = text.slice(prefix.length).trimStart();
  const summary = excerpt(text, maxLength);
  return summary === '' ? undefined : summary;
}
