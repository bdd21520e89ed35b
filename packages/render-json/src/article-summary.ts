import { type Article, toPlainText } from '@copydesk/model/core';
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
  const plain = toPlainText(first);
  const prefix = article.meta.dateline?.text.trim();
  // The excerpt reads only the first `maxLength` characters after the dateline (and whether there
  // are more), so a long first paragraph is collapsed only that far. If the cut-off start leaves
  // too little after the dateline (white space that `trimStart` removes but collapsing keeps, a
  // rare case), all of the paragraph is collapsed after all.
  // `needed`: what `excerpt` may read, and one more so it knows the text goes on.
  const needed = Math.max(maxLength, 1) + 1;
  const enough = (prefix?.length ?? 0) + needed;
  const start = collapseWhiteSpace(plain, enough);
  let text = withoutPrefix(start, prefix);
  if (start.length >= enough && text.length < needed) text = withoutPrefix(collapseWhiteSpace(plain), prefix);
  const summary = excerpt(text, maxLength);
  return summary === '' ? undefined : summary;
}

/** `text` without the dateline it starts with, if it does. */
function withoutPrefix(text: string, prefix: string | undefined): string {
  return prefix && text.startsWith(prefix) ? text.slice(prefix.length).trimStart() : text;
}
