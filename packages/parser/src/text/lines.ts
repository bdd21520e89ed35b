import { makeUnit, type Unit } from '../layout/unit.js';
import { isSpaceCode } from './characters.js';

/**
 * One non-blank line of the normalised text: a unit of one line, `text` its content trimmed of
 * surrounding white space (never empty), `start`/`end` the offsets of that content, `indent`
 * the columns of leading white space (a tab counts as one), `blankBefore` whether a blank line
 * (or more) comes between it and the previous non-blank one (or the start).
 *
 * A line is made a unit from the start, rather than copied into one later, so that a line of
 * the body costs one object: every line of an article stays alive until its blocks are built,
 * and on a long input the garbage collector copies each one that is.
 */
export type SourceLine = Unit;

/**
 * Split normalised text (LF line ends) into its non-blank lines in one pass. Blank lines are
 * only counted into `blankBefore`, so a run of a hundred thousand of them costs no objects.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let blankBefore = false;
  const length = text.length;
  // Every read is bounded by the length: a read past the end gives NaN, and optimised code
  // that meets one is thrown away and made again.
  while (start < length) {
    // Empty lines are stepped over by their first character, not with a search each: a run of
    // a hundred thousand of them then costs a comparison per line instead of a native call.
    if (text.charCodeAt(start) === 10) {
      blankBefore = true;
      do {
        start++;
      } while (start < length && text.charCodeAt(start) === 10);
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
      lines.push(makeUnit(text.slice(cs, ce), cs, ce, undefined, blankBefore, cs - start, false));
      blankBefore = false;
    }
    start = end + 1;
  }
  return lines;
}
