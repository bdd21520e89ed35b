import { type Article, type Block, childrenOf, type ListItem, type Node, type Stats, toPlainText, WORDS_PER_MINUTE } from '@copydesk/model/core';
import { scanWords } from './word-scan.js';

/**
 * The same counts as the model's `computeStats`, in one pass over each block's plain text
 * (see {@link scanWords}) with no regular expression per word: the parser runs it on every
 * article it reads.
 * Tests hold it equal to `computeStats` on arbitrary articles.
 */
export function articleStats(article: Article): Stats {
  const counts: Counts = { words: 0, characters: 0, paragraphs: 0 };
  const blocks = article.children;
  for (let i = 0; i < blocks.length; i++) countBlock(blocks[i]!, counts);
  const words = counts.words;
  return { words, characters: counts.characters, paragraphs: counts.paragraphs, readingMinutes: words === 0 ? 0 : Math.ceil(words / WORDS_PER_MINUTE) };
}

interface Counts {
  words: number;
  characters: number;
  /** Paragraphs anywhere in the blocks, as `visit(article, 'paragraph', …)` finds them. */
  paragraphs: number;
}

/**
 * Add a block's words, characters and paragraphs to `counts`. Paragraphs are counted in the
 * same walk: a second walk of the whole tree would read the type of every node, text nodes
 * included, at one place in the code that then meets every shape of node there is.
 *
 * A list's plain text is its items' texts joined by line feeds, which separate words and are
 * not counted as characters, so a list counts as the sum of its items' blocks: walked here
 * rather than built as one string, which for a list of forty thousand items is a large string
 * made only to be scanned once.
 */
function countBlock(block: Block | ListItem, counts: Counts): void {
  // Indexed loops: unoptimised, `for…of` makes an iterator result per item of a long list.
  if (block.type === 'list') {
    const items = block.children;
    for (let i = 0; i < items.length; i++) countBlock(items[i]!, counts);
    return;
  }
  if (block.type === 'listItem') {
    const children = block.children;
    for (let i = 0; i < children.length; i++) countBlock(children[i]!, counts);
    return;
  }
  // Paragraphs and headings of one text node (nearly all of a parsed article) need no walk:
  // their inline children hold no paragraph.
  if ((block.type === 'paragraph' || block.type === 'heading') && block.children.length === 1) {
    const only = block.children[0]!;
    if (only.type === 'text') {
      if (block.type === 'paragraph') counts.paragraphs++;
      countText(only.value, counts);
      return;
    }
  }
  countText(toPlainText(block), counts);
  counts.paragraphs += countParagraphs(block);
}

function countText(text: string, counts: Counts): void {
  const counted = scanWords(text);
  counts.words += counted.words;
  counts.characters += text.length - counted.lineFeeds;
}

/**
 * Paragraphs anywhere in a subtree, as `visit` finds them (same walk through `childrenOf`),
 * without the ancestor list `visit` copies for every match. Only for the blocks that
 * `countBlock` does not walk itself (blockquotes, paragraphs of several inline nodes).
 */
function countParagraphs(node: Node): number {
  // Text has no children: `childrenOf` would make an empty array for each of them.
  if (node.type === 'text') return 0;
  let count = node.type === 'paragraph' ? 1 : 0;
  const children = childrenOf(node);
  for (let i = 0; i < children.length; i++) count += countParagraphs(children[i]!);
  return count;
}
