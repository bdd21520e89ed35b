import type { Article } from './article.js';
import type { Stats } from './meta.js';
import { toPlainText } from './plain-text.js';
import { visit } from './visit.js';

/**
 * Reading speed used for `readingMinutes`: 230 words a minute, the middle of the range
 * measured for adults reading non-fiction on screen.
 */
export const WORDS_PER_MINUTE = 230;

/**
 * Count the body: words (runs of non-space characters holding a letter or digit), characters
 * (of the body's plain text, without the blank lines between blocks), paragraphs (paragraph
 * nodes anywhere in the body) and reading minutes (words ÷ WORDS_PER_MINUTE, rounded up;
 * 0 for an empty body).
 */
export function computeStats(article: Article): Stats {
  let words = 0;
  let characters = 0;
  let paragraphs = 0;
  for (const block of article.children) {
    const text = toPlainText(block);
    characters += text.replace(/\n+/g, '').length;
    words += countWords(text);
  }
  visit(article, 'paragraph', () => {
    paragraphs += 1;
  });
  const readingMinutes = words === 0 ? 0 : Math.ceil(words / WORDS_PER_MINUTE);
  return { words, characters, paragraphs, readingMinutes };
}

/** Words are whitespace-separated tokens with at least one letter or digit ("—" is not a word). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}
