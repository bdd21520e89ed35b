import { isSpaceCode } from './characters.js';

/** One non-blank line of the normalised text, its content trimmed of surrounding white space. */
export interface SourceLine {
  /** 0-based line number in the normalised text. */
  index: number;
  /** Offset of the line's first character in the normalised text. */
  start: number;
  /** Offset just past its last character (before the `\n`). */
  end: number;
  /** Offsets of the trimmed content. */
  contentStart: number;
  contentEnd: number;
  /** Columns of leading white space (a tab counts as one). */
  indent: number;
  /** The trimmed content, never empty. */
  text: string;
  /** Is there a blank line (or more) between this line and the previous non-blank one (or the start)? */
  blankBefore: boolean;
}

/**
 * Split normalised text (LF line ends) into its non-blank lines in one pass. Blank lines are
 * only counted into `blankBefore`, so a run of a hundred thousand of them costs no objects.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let index = 0;
  let blankBefore = false;
  const length = text.length;
  while (start <= length) {
    // Empty lines are stepped over by their first character, not with a search each: a run of
    // a hundred thousand of them then costs a comparison per line instead of a native call.
    if (text.charCodeAt(start) === 10) {
      blankBefore = true;
      do {
        start++;
        index++;
      } while (text.charCodeAt(start) === 10);
      continue;
    }
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    let cs = start;
    while (cs < end && isSpaceCode(text.charCodeAt(cs))) cs++;
    if (cs === end) blankBefore = true;
    else {
      let ce = end;
      while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
      lines.push({ index, start, end, contentStart: cs, contentEnd: ce, indent: cs - start, text: text.slice(cs, ce), blankBefore });
      blankBefore = false;
    }
    if (end === length) break;
    start = end + 1;
    index++;
  }
  return lines;
}
