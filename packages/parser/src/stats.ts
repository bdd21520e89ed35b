import { type Article, childrenOf, type Node, type Stats, toPlainText, WORDS_PER_MINUTE } from '@copydesk/model';

/**
 * The same counts as the model's `computeStats`, in one pass over each block's plain text
 * with no regular expression per word: the parser runs it on every article it reads.
 * Tests hold it equal to `computeStats` on arbitrary articles.
 */
export function articleStats(article: Article): Stats {
  let words = 0;
  let characters = 0;
  for (const block of article.children) {
    // Paragraphs and headings of one text node (nearly all of a parsed article) need no walk.
    const only = (block.type === 'paragraph' || block.type === 'heading') && block.children.length === 1 ? block.children[0] : undefined;
    const text = only?.type === 'text' ? only.value : toPlainText(block);
    const counted = countText(text);
    words += counted.words;
    characters += text.length - counted.newlines;
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

/** Reused result of {@link countText}: one object per parse rather than one per block. */
const counts = { words: 0, newlines: 0 };

/**
 * Words (white-space separated tokens holding a letter or digit) and line feeds of `text`.
 * Written as three tight loops instead of one loop with state flags: white space, then the
 * token up to its first letter or digit, then the rest of the token, which only has to find
 * the next space. Nearly every character is printable ASCII, settled by one range test.
 */
function countText(text: string): typeof counts {
  if (!OTHER_SPACE.test(text)) return countSpaceSeparated(text);
  const length = text.length;
  let words = 0;
  let newlines = 0;
  let i = 0;
  while (i < length) {
    let c = text.charCodeAt(i);
    if (isJsSpace(c)) {
      if (c === 10) newlines++;
      i++;
      continue;
    }
    // A token starts at i: does it hold a letter or digit?
    let letter = false;
    for (; i < length; i++) {
      c = text.charCodeAt(i);
      if (isLetterOrDigitAt(text, i, c)) {
        letter = true;
        break;
      }
      if (c > 32 && c < 0xa0) continue;
      if (isJsSpace(c)) break;
    }
    if (!letter) continue;
    words++;
    // Skip to the token's end: printable ASCII and most other characters are not spaces.
    for (i++; i < length; i++) {
      c = text.charCodeAt(i);
      if (c > 32 && c < 0xa0) continue;
      if (isJsSpace(c)) break;
    }
  }
  counts.words = words;
  counts.newlines = newlines;
  return counts;
}

/** White space other than U+0020: when a text has none (nearly every paragraph), tokens end at spaces only. */
const OTHER_SPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * {@link countText} for a text whose only white space is U+0020 (so no line feeds either): the
 * native `indexOf` jumps from space to space, and a token is looked into only up to its first
 * letter or digit, which for nearly every word is its first character.
 */
function countSpaceSeparated(text: string): typeof counts {
  const length = text.length;
  let words = 0;
  let i = 0;
  while (i < length) {
    let end = text.indexOf(' ', i);
    if (end === -1) end = length;
    for (let k = i; k < end; k++) {
      if (isLetterOrDigitAt(text, k, text.charCodeAt(k))) {
        words++;
        break;
      }
    }
    i = end + 1;
  }
  counts.words = words;
  counts.newlines = 0;
  return counts;
}

/** Exactly the characters `\s` matches in JavaScript regular expressions. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function isLetterOrDigitAt(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // Outside ASCII, ask Unicode (a surrogate pair is one code point).
  const end = c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
  return LETTER_OR_DIGIT.test(text.slice(i, end));
}
