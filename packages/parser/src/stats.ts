import { type Article, childrenOf, type Node, type Stats, toPlainText, WORDS_PER_MINUTE } from '@copydesk/model/core';
import { scanWords } from './word-scan.js';

/**
 * The same counts as the model's `computeStats`, in one pass over each block's plain text
 * (see {@link scanWords}) with no regular expression per word: the parser runs it on every
 * article it reads.
 * Tests hold it equal to `computeStats` on arbitrary articles.
 */
export function articleStats(article: Article): Stats {
  let words = 0;
  let characters = 0;
  for (const block of article.children) {
    // Paragraphs and headings of one text node (nearly all of a parsed article) need no walk.
    const only = (block.type === 'paragraph' || block.type === 'heading') && block.children.length === 1 ? block.children[0] : undefined;
    const text = only?.type === 'text' ? only.value : toPlainText(block);
    const counted = scanWords(text);
    words += counted.words;
    characters += text.length - counted.lineFeeds;
  }
  const paragraphs = countParagraphs(article);
  return { words, characters, paragraphs, readingMinutes: words === 0 ? 0 : Math.ceil(words / WORDS_PER_MINUTE) };
}

/**
 * Paragraphs anywhere in the tree, as `visit(article, 'paragraph', …)` finds them (same walk
 * through `childrenOf`), without the ancestor list `visit` copies for every match.
 */
function countParagraphs(node: Node): number {
  let count = node.type === 'paragraph' ? 1 : 0;
  const children = childrenOf(node);
  for (let i = 0; i < children.length; i++) count += countParagraphs(children[i]!);
  return count;
}
