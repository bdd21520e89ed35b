import { isSpaceCode } from './characters.js';

/** One non-blank line of the normalised text, its content trimmed of surrounding white space. */
export interface SourceLine {
  /** Offsets of the trimmed content in the normalised text. */
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
 * A line holds only what the stages after read: every line of an article stays live until
 * its blocks are built, so each field is paid for by the garbage collector on long inputs.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let blankBefore = false;
  const length = text.length;
  while (start <= length) {
    // Empty lines are stepped over by their first character, not with a search each: a run of
    // a hundred thousand of them then costs a comparison per line instead of a native call.
    if (text.charCodeAt(start) === 10) {
      blankBefore = true;
      do {
        start++;
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
      lines.push({ contentStart: cs, contentEnd: ce, indent: cs - start, text: text.slice(cs, ce), blankBefore });
      blankBefore = false;
    }
    if (end === length) break;
    start = end + 1;
  }
  return lines;
}
