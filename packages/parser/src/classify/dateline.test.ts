import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCY_FORM, BRACKET_DATE_FORM, matchDateline, PLACE_DASH_FORM, PLACE_DATE_FORM } from './dateline.js';

const PIECES = ['LISBON', 'New York', ' ', ', ', ',', '(Reuters)', '(CNN)', '(', ')', ' - ', '-', '--', ' — ', '–', 'March 26', 'FEb 26', ', 2016', '[10/31/16]', 'Calif.', 'A', 'storm hit.', '“'];
const head = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join(''));

describe('matchDateline', () => {
  it.each([
    ['LISBON (Reuters) - A storm hit.', 'LISBON (Reuters) -'],
    ['(CNN) – A storm hit.', '(CNN) –'],
    ['KUALA LUMPUR, March 26 - A storm hit.', 'KUALA LUMPUR, March 26 -'],
    ['WASHINGTON—A storm hit.', 'WASHINGTON—'],
    ['[10/31/16] A storm hit.', '[10/31/16]'],
  ])('reads %j', (text, dateline) => {
    expect(matchDateline(text)?.dateline.text).toBe(dateline);
  });

  it('needs for each form the character its guard in matchDateline looks for', () => {
    fc.assert(
      fc.property(head, (text) => {
        if (BRACKET_DATE_FORM.test(text)) expect(text[0]).toBe('[');
        if (AGENCY_FORM.test(text)) expect(text).toContain('(');
        if (PLACE_DATE_FORM.test(text)) expect(/[-–—]/.test(text) && text.includes(', ')).toBe(true);
        if (PLACE_DASH_FORM.test(text)) expect(/[-–—]/.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
