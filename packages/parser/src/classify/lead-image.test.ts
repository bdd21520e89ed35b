import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_LINE, matchCreditLine, STOCK_CREDIT } from './lead-image.js';

/** Matching strings drawn from a pattern, in random case when the pattern ignores case. */
const matching = (pattern: RegExp) =>
  fc
    .tuple(fc.stringMatching(new RegExp(pattern.source)), fc.array(fc.boolean(), { maxLength: 200 }))
    .map(([text, flips]) => (pattern.flags.includes('i') ? text.replace(/[a-z]/gi, (c, at: number) => (flips[at] ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c)) : text));

describe('matchCreditLine', () => {
  it.each([
    ['Photo: Jane Roe/AP', 'credit/stock-credit', 'Photo: Jane Roe/AP'],
    ['Photo: Jane Roe', 'credit/credit-line', 'Jane Roe'],
    ['(Image credit: NASA)', 'credit/credit-line', 'NASA'],
    ['PHOTO BY JANE ROE', 'credit/credit-line', 'JANE ROE'],
    ['Getty Images', 'credit/stock-credit', 'Getty Images'],
    ['David T. Foster III/The Charlotte Observer via AP Photo.', 'credit/stock-credit', 'David T. Foster III/The Charlotte Observer via AP Photo.'],
    ['File photo', 'credit/stock-credit', 'File photo'],
  ])('reads %s', (text, rule, credit) => {
    const match = matchCreditLine(text);
    expect(match?.rule).toBe(rule);
    expect(match?.credit).toBe(credit);
  });

  it.each(['The photo was taken in 2016.', 'He said it was a snap.', 'Photos', 'T', ''])('sees no credit in %s', (text) => {
    expect(matchCreditLine(text)).toBeUndefined();
  });

  it('rules out by ending or opening no line the credit patterns match', () => {
    for (const pattern of [STOCK_CREDIT, CREDIT_LINE]) {
      fc.assert(
        fc.property(matching(pattern), (text) => {
          if (text.length <= 170 && pattern.test(text)) expect(matchCreditLine(text), text).toBeDefined();
        }),
        { numRuns: 1000 },
      );
    }
  });
});
