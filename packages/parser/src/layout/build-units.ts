import { listMarkerLength } from '../classify/list-marker.js';
import { TextBuilder } from '../normalise/text-builder.js';
import { isLowerLetter } from '../text/characters.js';
import type { SourceLine } from '../text/lines.js';
import type { Layout } from './detect-layout.js';
import { makeUnit, type Unit, UnitPieces } from './unit.js';

/** A lone capitalised word such as `REUTER` on its own indent ends the story, not a wrapped line. */
const SIGN_OFF_WORD = /^[A-Z][A-Za-z]{1,11}$/;

/**
 * Group the body's lines into units. Every non-blank line is its own unit, except in
 * hard-wrapped copy, where lines are joined until a blank line or an indented line starts
 * the next paragraph. A line ending in a hyphen joins the next without a space, so
 * `long-` + `term` reads `long-term`.
 *
 * Takes `lines` over: where every line is a unit, the array of lines becomes the array of
 * units. A copy would be one more array as long as the article, alive until its blocks are
 * built, and made by growing through copies of itself.
 */
export function buildUnits(lines: SourceLine[], layout: Layout): Unit[] {
  if (layout === 'hard-wrapped') return joinWrappedLines(lines);
  if (lines.length === 0) return lines;
  // The lines are units of one line already; only the first counts as after a blank line, and
  // is made again as one whether or not it had a blank line before it (a choice made for few
  // articles would first run long after this code was compiled, and throw it away).
  const first = lines[0]!;
  lines[0] = makeUnit(first.text, first.start, first.end, undefined, true, first.indent, false);
  return lines;
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
  for (let i = 0; i < lines.length; i++) if (lines[i]!.indent < baseIndent) baseIndent = lines[i]!.indent;
  // The paragraph being joined: its lines' texts and the joiners between them, joined when it
  // is done (added one by one, they would make a string of many nodes that every later read
  // walks), and where each line came from. Both are built in what every paragraph reuses, and
  // neither in an array grown a line at a time: wire copy without indents can be one paragraph
  // of tens of thousands of lines, and such an array is copied again and again to new memory
  // as it grows. The text builder joins the lines a thousand at a time; the pieces of every
  // paragraph fit in one array made at its full size at once (a line is in one paragraph
  // only), each unit seeing its own part of it (see `UnitPieces`).
  const joined = new TextBuilder();
  const pieces: number[] = new Array(3 * lines.length);
  let firstPiece = 0;
  let nextPiece = 0;
  let open = false;
  let start = 0;
  let end = 0;
  let blankBefore = false;
  let indent = 0;
  const flush = (): void => {
    if (open) {
      const unitPieces = new UnitPieces(pieces, firstPiece, (nextPiece - firstPiece) / 3);
      units.push(makeUnit(joined.take(), start, end, unitPieces, blankBefore, indent, false));
    }
    open = false;
  };
  let previousIndent = baseIndent;
  // The text of the previous line, kept apart so the joined text is never read while growing.
  let previousText = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (line.blankBefore) flush();
    // A paragraph starts on an indent or with a list marker; a lone word at another indent
    // (" REUTER") stands alone. Every test is made on every line and only then combined: a
    // test made only after another held would first run long after this code was compiled.
    const indented = line.indent > baseIndent;
    const indentChanged = line.indent !== previousIndent;
    const signOffWord = SIGN_OFF_WORD.test(text);
    const marked = listMarkerLength(text) !== 0;
    if (open && (indented || (indentChanged && signOffWord) || marked)) flush();
    previousIndent = line.indent;
    // `long-` + `term`: a compound split at its hyphen, not a dash between words.
    const previousLength = previousText.length;
    const endsWithHyphen = previousLength > 0 && previousText.charCodeAt(previousLength - 1) === 45;
    const before = previousLength > 1 ? previousText.charCodeAt(previousLength - 2) : -1;
    const wordBefore = before > 32;
    const notDoubled = before !== 45;
    const lowerNext = isLowerLetter(text[0]);
    if (!open) {
      open = true;
      firstPiece = nextPiece;
      start = line.start;
      end = line.end;
      blankBefore = i === 0 || line.blankBefore;
      indent = line.indent;
    } else {
      const hyphenated = endsWithHyphen && wordBefore && notDoubled && lowerNext;
      if (!hyphenated) joined.append(' ');
      end = line.end;
    }
    pieces[nextPiece++] = joined.length;
    pieces[nextPiece++] = line.start;
    pieces[nextPiece++] = text.length;
    joined.append(text);
    previousText = text;
  }
  flush();
  return units;
}
