import { listMarkerLength } from '../classify/list-marker.js';
import { isLowerLetter } from '../text/characters.js';
import type { SourceLine } from '../text/lines.js';
import type { Layout } from './detect-layout.js';
import { makeUnit, type Unit, type UnitPiece } from './unit.js';

/** A lone capitalised word such as `REUTER` on its own indent ends the story, not a wrapped line. */
const SIGN_OFF_WORD = /^[A-Z][A-Za-z]{1,11}$/;

/**
 * Group the body's lines into units. Every non-blank line is its own unit, except in
 * hard-wrapped copy, where lines are joined until a blank line or an indented line starts
 * the next paragraph. A line ending in a hyphen joins the next without a space, so
 * `long-` + `term` reads `long-term`.
 */
export function buildUnits(lines: readonly SourceLine[], layout: Layout): Unit[] {
  if (layout === 'hard-wrapped') return joinWrappedLines(lines);
  const units: Unit[] = [];
  if (lines.length === 0) return units;
  // The lines are units of one line already; only the first counts as after a blank line, and
  // is made again as one whether or not it had a blank line before it (a choice made for few
  // articles would first run long after this code was compiled, and throw it away).
  const first = lines[0]!;
  units.push(makeUnit(first.text, first.start, first.end, undefined, true, first.indent, false));
  for (let i = 1; i < lines.length; i++) units.push(lines[i]!);
  return units;
}

/**
 * The units of hard-wrapped copy: lines joined into paragraphs. A function of its own, apart
 * from the loop that every other layout runs: this code runs on few articles, and had it
 * stayed in that loop's function, the optimised code made for the common case would be thrown
 * away the first time it came, for want of anything known about it.
 */
function joinWrappedLines(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = [];
  let baseIndent = Number.POSITIVE_INFINITY;
  for (const line of lines) if (line.indent < baseIndent) baseIndent = line.indent;

  let current: { text: string; pieces: UnitPiece[]; start: number; end: number; blankBefore: boolean; indent: number } | undefined;
  const flush = (): void => {
    if (current) units.push(makeUnit(current.text, current.start, current.end, current.pieces, current.blankBefore, current.indent, false));
    current = undefined;
  };
  let previousIndent = baseIndent;
  // The text of the previous line, kept apart so the joined text is never read while growing.
  let previousText = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blankBefore) flush();
    // A paragraph starts on an indent or with a list marker; a lone word at another indent
    // (" REUTER") stands alone.
    if (
      current &&
      (line.indent > baseIndent ||
        (line.indent !== previousIndent && SIGN_OFF_WORD.test(line.text)) ||
        listMarkerLength(line.text) !== 0)
    ) {
      flush();
    }
    previousIndent = line.indent;
    if (!current) {
      current = {
        text: line.text,
        pieces: [{ at: 0, from: line.start, length: line.text.length }],
        start: line.start,
        end: line.end,
        blankBefore: i === 0 || line.blankBefore,
        indent: line.indent,
      };
    } else {
      const before = previousText.charCodeAt(previousText.length - 2);
      // `long-` + `term`: a compound split at its hyphen, not a dash between words.
      const hyphenated = previousText.endsWith('-') && before > 32 && before !== 45 && isLowerLetter(line.text[0]);
      const joiner = hyphenated ? '' : ' ';
      current.text += joiner;
      current.pieces.push({ at: current.text.length, from: line.start, length: line.text.length });
      current.text += line.text;
      current.end = line.end;
    }
    previousText = line.text;
  }
  flush();
  return units;
}
