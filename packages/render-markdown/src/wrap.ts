import { isAsciiDigit } from './character-class.js';
import { BREAK_OPPORTUNITY } from './state.js';

/** Characters that could start a block if a line began with them: a line never breaks before one. */
const UNSAFE_LINE_START = new Set(['#', '>', '-', '+', '*', '=', '_', '~', '`', '<', ':', '|', '[', '!']);

function canBreakBefore(segment: string, previous: string): boolean {
  if (previous.endsWith('\\')) return false; // a backslash at a line end is a hard break
  const first = segment[0];
  if (first === undefined) return false;
  return !UNSAFE_LINE_START.has(first) && !isAsciiDigit(first.charCodeAt(0));
}

/** Length in code points, the width a reader sees for most text. */
function columns(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}

/**
 * Fill the lines of a rendered paragraph up to `width` columns, breaking only at the break
 * opportunities text left (single spaces in text) and never where the next line would start
 * with something a parser could take for a block. Unused opportunities become spaces again.
 */
export function wrapParagraph(content: string, width: number): string {
  const lines = content.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const segments = line.split(BREAK_OPPORTUNITY);
    let current = segments[0] ?? '';
    let currentWidth = columns(current);
    for (let index = 1; index < segments.length; index += 1) {
      const segment = segments[index] as string;
      const segmentWidth = columns(segment);
      if (currentWidth + 1 + segmentWidth > width && canBreakBefore(segment, current)) {
        out.push(current);
        current = segment;
        currentWidth = segmentWidth;
      } else {
        current += ` ${segment}`;
        currentWidth += 1 + segmentWidth;
      }
    }
    out.push(current);
  }
  return out.join('\n');
}
