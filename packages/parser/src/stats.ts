import { type Article, type Stats, toPlainText, visit, WORDS_PER_MINUTE } from '@copydesk/model';

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
    let newlines = 0;
    let inToken = false;
    let counted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) newlines++;
      if (isJsSpace(c)) {
        inToken = false;
        continue;
      }
      if (!inToken) {
        inToken = true;
        counted = false;
      }
      if (!counted && isLetterOrDigitAt(text, i, c)) {
        counted = true;
        words++;
      }
    }
    characters += text.length - newlines;
  }
  let paragraphs = 0;
  visit(article, 'paragraph', () => {
    paragraphs += 1;
  });
  return { words, characters, paragraphs, readingMinutes: words === 0 ? 0 : Math.ceil(words / WORDS_PER_MINUTE) };
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
