/** What an input looks like, judged from its first bytes. */
export type SniffedFormat = 'text' | 'html' | 'markdown' | 'feed' | 'binary';

/** How many leading bytes the sniffer looks at: enough for a doctype, a front matter or a feed header. */
const SNIFF_WINDOW = 4096;

/**
 * Guess the input format for `--from auto`. Only plain text has a reader today; the other
 * answers let the CLI say clearly which reader is missing instead of feeding markup to the
 * text reader. Binary is left to the parser, which reports it as an error diagnostic.
 *
 * @example
 * sniffFormat(new TextEncoder().encode('<!doctype html><html>…')); // 'html'
 */
export function sniffFormat(bytes: Uint8Array, fileName?: string): SniffedFormat {
  const window = bytes.subarray(0, SNIFF_WINDOW);
  for (let i = 0; i < window.length; i++) if (window[i] === 0) return looksUtf16(window) ? sniffText(decodeUtf16(window), fileName) : 'binary';
  return sniffText(new TextDecoder('utf-8').decode(window), fileName);
}

function looksUtf16(window: Uint8Array): boolean {
  return (window[0] === 0xff && window[1] === 0xfe) || (window[0] === 0xfe && window[1] === 0xff);
}

function decodeUtf16(window: Uint8Array): string {
  return new TextDecoder(window[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(window);
}

function sniffText(head: string, fileName?: string): SniffedFormat {
  const start = skipSpace(head, 0);
  const lower = head.slice(start, start + 512).toLowerCase();
  if (lower.startsWith('<?xml')) return lower.includes('<rss') || lower.includes('<feed') || lower.includes('<rdf') ? 'feed' : 'html';
  if (lower.startsWith('<rss') || lower.startsWith('<feed')) return 'feed';
  if (lower.startsWith('{') && lower.includes('jsonfeed.org/version')) return 'feed';
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || lower.startsWith('<head') || lower.startsWith('<body')) return 'html';
  if (lower.startsWith('<') && countTags(lower) >= 3) return 'html';
  if (lower.startsWith('---\n') && lower.includes('\n---', 4)) return 'markdown';
  if (lower.startsWith('# ') || lower.startsWith('## ')) return 'markdown';
  const ext = extensionOf(fileName);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.rss' || ext === '.atom') return 'feed';
  return 'text';
}

function skipSpace(text: string, from: number): number {
  let i = from;
  if (text.charCodeAt(i) === 0xfeff) i++;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** Opening or closing tags like `<p>` or `</div>`: a plain loop, no regular expression on input text. */
function countTags(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (text.charCodeAt(i) !== 60 /* < */) continue;
    let j = i + 1;
    if (text.charCodeAt(j) === 47 /* / */) j++;
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) count++;
  }
  return count;
}

function extensionOf(fileName: string | undefined): string {
  if (!fileName) return '';
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const dot = fileName.lastIndexOf('.');
  return dot > slash + 1 ? fileName.slice(dot).toLowerCase() : '';
}
