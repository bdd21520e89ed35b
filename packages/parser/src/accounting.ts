import type { Article, Position } from '@copydesk/model/core';
import { decodeInput } from './decode/index.js';
import { normaliseText } from './normalise/index.js';
import { splitLines } from './text/lines.js';

/** A non-blank line of the input that no part of the article accounts for. */
export interface UnaccountedLine {
  /** 1-based line number in the original input. */
  line: number;
  text: string;
}

/**
 * Check the reader's promise that nothing is silently dropped: every non-blank line of the
 * input overlaps the title, a piece of metadata (byline, date, dateline, lead image), a body
 * block or a removed span. Returns the lines that nothing accounts for (none, when all is
 * well). Needs an article parsed with positions (the default).
 *
 * @example
 * ```ts
 * const input = readFileSync('story.txt');
 * findUnaccountedLines(input, parseText(input)); // []
 * ```
 */
export function findUnaccountedLines(input: string | Uint8Array, article: Article): UnaccountedLine[] {
  const norm = normaliseText(decodeInput(input).text);
  const spans = collectPositions(article)
    .map((p) => [p.start.offset, p.end.offset] as const)
    .sort((a, b) => a[0] - b[0]);
  // furthest[i]: the furthest end among spans[0..i], so one binary search answers "does any
  // span starting before the line's end reach into the line?".
  const furthest: number[] = [];
  let max = -1;
  for (const [, end] of spans) {
    max = Math.max(max, end);
    furthest.push(max);
  }
  const missing: UnaccountedLine[] = [];
  for (const line of splitLines(norm.text)) {
    const start = norm.toOriginal(line.start);
    const end = norm.toOriginal(line.end);
    let lo = 0;
    let hi = spans.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] < end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last === -1 || furthest[last]! <= start) missing.push({ line: norm.pointAt(start).line, text: line.text });
  }
  return missing;
}

/** Every position the article records at its top level: metadata, blocks, removed spans. */
function collectPositions(article: Article): Position[] {
  const out: Position[] = [];
  const meta = article.meta;
  for (const position of Object.values(meta.positions ?? {})) if (position) out.push(position);
  if (meta.dateline?.position) out.push(meta.dateline.position);
  if (meta.leadImage?.position) out.push(meta.leadImage.position);
  for (const block of article.children) if (block.position) out.push(block.position);
  for (const removed of article.removed) if (removed.position) out.push(removed.position);
  return out;
}
