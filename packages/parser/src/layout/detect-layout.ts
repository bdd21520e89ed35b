import { listMarkerLength } from '../classify/list-marker.js';
import { endsSentence, isLowerLetter } from '../text/characters.js';
import type { SourceLine } from '../text/lines.js';

/**
 * How the body's paragraphs are laid out, decided per article:
 * - `blank-line`: paragraphs separated by blank lines (BBC, most scraper dumps);
 * - `single-newline`: one paragraph per line, no blank lines between;
 * - `hard-wrapped`: lines wrapped at a fixed width, paragraphs start on an indent or after a
 *   blank line (1980s wire copy such as Reuters-21578);
 * - `one-line`: the whole body on one line because paragraph breaks were lost (ISOT).
 */
export type Layout = 'blank-line' | 'single-newline' | 'hard-wrapped' | 'one-line';

/** Width under which a line may be a hard-wrapped one: wire copy wraps at 60–80 columns. */
const MAX_WRAP_WIDTH = 90;
/** A body that is one line this long lost its paragraph breaks. */
const ONE_LINE_MIN = 600;

/** Decide the layout from the body's lines (the title already taken off). */
export function detectLayout(lines: readonly SourceLine[]): Layout {
  let nonBlank = 0;
  let followed = 0;
  let short = 0;
  let longest = 0;
  let continuations = 0;
  let blankSeparated = 0;
  const last = lines.length - 1;
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!;
    nonBlank++;
    const length = line.end - line.start;
    if (length > longest) longest = length;
    if (length <= MAX_WRAP_WIDTH) short++;
    // The last line has no next one (read past the array's end, it would be `undefined`,
    // and optimised code that meets that is thrown away).
    if (i === last) continue;
    const next = lines[i + 1]!;
    if (next.blankBefore) {
      blankSeparated++;
      continue;
    }
    followed++;
    // A wrapped line ends mid-sentence, or the next line carries on in lower case without
    // the indent or list marker that would start a paragraph. Each test is made on every
    // such pair, then combined: one made only after another held would first run long after
    // this code was compiled, and throw it away.
    const notDeeper = next.indent <= line.indent;
    const openEnded = !endsSentence(line.text);
    const lowerNext = isLowerLetter(next.text[0]);
    const unmarked = listMarkerLength(next.text) === 0;
    if (notDeeper && (openEnded || lowerNext) && unmarked) continuations++;
  }
  if (nonBlank === 0) return 'blank-line';
  if (nonBlank === 1) return longest >= ONE_LINE_MIN ? 'one-line' : 'blank-line';
  if (short / nonBlank >= 0.8 && followed / nonBlank >= 0.5 && continuations >= Math.max(2, followed * 0.3)) {
    return 'hard-wrapped';
  }
  return blankSeparated >= followed ? 'blank-line' : 'single-newline';
}
