import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleUnit } from '../layout/unit.js';
import { COMMENT_THREAD, GLUED_MARKER, mayHoldCommentThread, mayHoldGluedMarker, splitGluedTail } from './split-glued.js';
import { textOfPieces } from '../../test/pieces-arbitrary.js';

/** Openings the glued-marker pattern looks for, whole and in pieces, and text around them. */
const PIECES = [
  'Featured image', 'Featured Image', 'Featured photo', 'FEATURED IMAGE', 'Via:', 'Read more:', 'Read More:', '(Source:', 'Source:',
  'h/t ', 'H/T ', 'h/T ', '(Reporting by', 'Post navigation', 'Like this?', 'Share this:', '—More', './a', './z', './A', '.',
  '/', 'READ MORE ', 'GET THE FULL STORY', 'ALL THE ELECTION NEWS YOU NEED:', 'ALL THE ', 'SUPPORT 21WIRE', 'SUPPORT OUR WORK',
  'SUPPORT ', 'Reference Links', 'Continue this story at ', 'Continue this article at ', 'Continue this ', 'Featured',
  ' 7 thoughts on ', ' 12 comments on ', ' 3 replies on ', ' 1 responses on ', ' thoughts on ', '7', ' ', 'the end. ',
];

const gluedText = textOfPieces(PIECES);

describe('glued-marker prefilters', () => {
  it('never rule out text where the glued-marker pattern matches from that place on', () => {
    fc.assert(
      fc.property(gluedText, fc.integer({ min: 0, max: 80 }), (text, from) => {
        const pattern = new RegExp(GLUED_MARKER.source, 'g');
        pattern.lastIndex = from;
        const match = from <= text.length ? pattern.exec(text) : null;
        if (match) expect(mayHoldGluedMarker(text, from), `${from}: ${text}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('never rule out text where the comment-thread pattern matches', () => {
    fc.assert(
      fc.property(gluedText, (text) => {
        if (COMMENT_THREAD.test(text)) expect(mayHoldCommentThread(text), text).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('rule out ordinary prose', () => {
    const prose = 'The senator said on Tuesday that the bill, which passed the House last week, would reach the floor soon.';
    expect(mayHoldGluedMarker(prose, 0)).toBe(false);
    expect(mayHoldCommentThread(prose)).toBe(false);
    expect(splitGluedTail(singleUnit(prose, 0, true, 0))).toBeUndefined();
  });

  it('still split a credit glued to the last sentence', () => {
    const text = 'The constitution was changed in the end, as everyone expected.Featured image by Joe Raedle/Getty Images';
    const pieces = splitGluedTail(singleUnit(text, 0, true, 0));
    expect(pieces?.map((p) => p.text)).toEqual(['The constitution was changed in the end, as everyone expected.', 'Featured image by Joe Raedle/Getty Images']);
  });
});
