import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpaceCode } from './characters.js';
import { type SourceLine, splitLines } from './lines.js';

/** The split as first written: one search for the end of every line, blank or not. */
function referenceSplit(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let blankBefore = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let cs = start;
    while (cs < end && isSpaceCode(text.charCodeAt(cs))) cs++;
    if (cs === end) blankBefore = true;
    else {
      let ce = end;
      while (ce > cs && isSpaceCode(text.charCodeAt(ce - 1))) ce--;
      lines.push({ text: text.slice(cs, ce), start: cs, end: ce, pieces: undefined, blankBefore, indent: cs - start, signature: false, facts: -1 });
      blankBefore = false;
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

describe('splitLines', () => {
  it('agrees with a search per line on any text of lines, blank runs and spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\t', '\n', '\n', '\n\n\n', '\u00a0'), maxLength: 80 }), (text) => {
        expect(splitLines(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 500 },
    );
  });

  it('steps over a long run of blank lines to the next line, marked blankBefore', () => {
    const lines = splitLines(`Headline\n${'\n'.repeat(10_000)}Paragraph.\n`);
    expect(lines.map((line) => [line.start, line.text, line.blankBefore])).toEqual([
      [0, 'Headline', false],
      [10_009, 'Paragraph.', true],
    ]);
  });

  it('takes blank lines at the start and the end', () => {
    expect(splitLines('\n\n a \n\n')).toEqual(referenceSplit('\n\n a \n\n'));
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual([]);
  });
});
