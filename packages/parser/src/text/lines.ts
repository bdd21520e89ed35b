import { isSpaceCode } from './characters.js';

/** One line of the normalised text, with its content trimmed of surrounding white space. */
export interface SourceLine {
  /** 0-based line number in the normalised text. */
  index: number;
  /** Offset of the line's first character in the normalised text. */
  start: number;
  /** Offset just past its last character (before the `\n`). */
  end: number;
  /** Offsets of the trimmed content; equal when the line is blank. */
  contentStart: number;
  contentEnd: number;
  /** Columns of leading white space (a tab counts as one). */
  indent: number;
  /** The trimmed content. */
  text: string;
  blank: boolean;
}

/** Split normalised text (LF line ends) into lines in one pass. */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  const length = text.length;
  while (start <= length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = length;
    let cs = start;
    while (cs < end && isSpaceCode(text.charCodeAt(cs))) cs++;
    let ce = end;
    while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
    lines.push({
      index: lines.length,
      start,
      end,
      contentStart: cs,
      contentEnd: ce,
      indent: cs - start,
      text: text.slice(cs, ce),
      blank: cs === ce,
    });
    if (end === length) break;
    start = end + 1;
  }
  return lines;
}

