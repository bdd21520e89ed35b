// The benchmark corpus: every article of ../shared/corpora/text, as bytes for Copydesk (what the CLI
// reads from disk) and as Markdown for the peers (prepared once, never inside a timed pass).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Each folder's provenance note, not an article. */
const NOT_ARTICLES = new Set(['SOURCE.md', 'README.md']);

/**
 * The article files under `root`, sorted so every child process sees the same order.
 * `quick` keeps every tenth file: a deterministic subset spread over all six datasets.
 */
export function listArticles(root, { quick = false } = {}) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!NOT_ARTICLES.has(name)) files.push(path);
    }
  };
  walk(root);
  return quick ? files.filter((_, i) => i % 10 === 0) : files;
}

/** Reads the articles as bytes; `id` is the path below the corpus root. */
export function loadArticles(root, files) {
  return files.map((path) => ({ id: relative(root, path), bytes: readFileSync(path) }));
}

const utf8 = new TextDecoder('utf-8');

/**
 * The same article as Markdown, the shape Markdown peers expect: the first non-blank line as a
 * `#` heading, then every block of text as a paragraph separated by one blank line. Runs of
 * non-blank lines stay together (a hard-wrapped paragraph is still one paragraph), so the peers
 * parse the same text with the same line structure Copydesk sees.
 */
export function toMarkdown(bytes) {
  const text = utf8.decode(bytes);
  const lines = text.split(/\r\n|\r|\n/);
  const blocks = [];
  let current = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current.join('\n'));
      current = [];
    } else {
      current.push(line.trim());
    }
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  if (blocks.length === 0) return '';
  // The heading is one line: the rest of a first block (a title glued to its body) is a paragraph.
  const [first, ...rest] = blocks;
  const newline = first.indexOf('\n');
  const heading = newline === -1 ? first : first.slice(0, newline);
  const out = [`# ${heading}`];
  if (newline !== -1) out.push(first.slice(newline + 1));
  out.push(...rest);
  return `${out.join('\n\n')}\n`;
}

/** Total size in bytes of a list of strings (UTF-8) or byte arrays. */
export function byteLength(inputs) {
  let total = 0;
  for (const input of inputs) total += typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  return total;
}
