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
      text: plainSpaces(text.slice(cs, ce)),
      blank: cs === ce,
    });
    if (end === length) break;
    start = end + 1;
  }
  return lines;
}

/**
 * No-break and typographic spaces inside a line read as plain spaces, so that rules written
 * with " " match. One character for one: offsets into the line are unchanged.
 */
function plainSpaces(text: string): string {
  let out: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 && c !== 0xad && c !== 0x200b && c !== 0x200c && c !== 0x200d && c !== 0x2060 && c !== 0xfeff && isSpaceCode(c)) {
      out ??= text.slice(0, i);
      out += ' ';
    } else if (out !== undefined) out += text[i];
  }
  return out ?? text;
}
