import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_THREAD, GLUED_MARKER, mayHoldCommentThread, mayHoldGluedMarker } from '../classify/split-glued.js';
import { PROMO_RULES } from '../rules/promo.js';
import { ruleIndex } from '../rules/rule-index.js';
import {
  AD_COPY_PARTS,
  COMMENT_THREAD_PARTS,
  GLUED_MARKER_PARTS,
  GLUED_OPENING_PARTS,
  MAX_SEARCHED,
  MAY_HOLD_AD_COPY,
  MAY_HOLD_COMMENT_THREAD,
  MAY_HOLD_GLUED_MARKER,
  MAY_HOLD_TV_CHANNEL,
  TV_CHANNEL_PARTS,
  UNKNOWN_FACTS,
  unitFacts,
} from './unit-facts.js';
import { singleUnit } from './unit.js';
import { textOfPieces } from '../../test/pieces-arbitrary.js';

/** Every string the facts stand for, whole and cut, with the prose and punctuation around them. */
const PIECES = [
  ...AD_COPY_PARTS, ...TV_CHANNEL_PARTS, ...GLUED_OPENING_PARTS, ...GLUED_MARKER_PARTS, ...COMMENT_THREAD_PARTS,
  'Subscribe now', 'Click here to get', 'Get your free', 'By subscribing to', 'Sign up now', 'Featured image via X', 'FEATURED IMAGE',
  'ALL THE ELECTION NEWS YOU NEED:', 'SUPPORT 21WIRE', 'Continue this story at ', ' 7 thoughts on ', 'Fox TV is available on Roku',
  'Via:', 'h/t ', './a', '—More', ' ', '.', 'the end. ', '7',
];

const lineText = textOfPieces(PIECES);

const holdsAny = (parts: readonly string[], text: string): boolean => parts.some((part) => text.includes(part));

describe('unitFacts', () => {
  it('never rules out a group of strings the text holds', () => {
    fc.assert(
      fc.property(lineText, (text) => {
        const facts = unitFacts(singleUnit(text, 0, false, 0));
        if (holdsAny(AD_COPY_PARTS, text)) expect(facts & MAY_HOLD_AD_COPY, text).not.toBe(0);
        if (holdsAny(TV_CHANNEL_PARTS, text)) expect(facts & MAY_HOLD_TV_CHANNEL, text).not.toBe(0);
        if (holdsAny(GLUED_MARKER_PARTS, text)) expect(facts & MAY_HOLD_GLUED_MARKER, text).not.toBe(0);
        if (holdsAny(COMMENT_THREAD_PARTS, text)) expect(facts & MAY_HOLD_COMMENT_THREAD, text).not.toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('never makes a prefilter rule out a line its full check accepts', () => {
    const rules = ruleIndex(PROMO_RULES);
    fc.assert(
      fc.property(lineText, fc.integer({ min: 0, max: 80 }), (text, from) => {
        const facts = unitFacts(singleUnit(text, 0, false, 0));
        for (const zone of ['head', 'body', 'tail'] as const) expect(rules.match(text, zone, facts)?.rule.id, text).toBe(rules.match(text, zone)?.rule.id);
        if (COMMENT_THREAD.test(text)) expect(mayHoldCommentThread(text, facts), text).toBe(true);
        const pattern = new RegExp(GLUED_MARKER.source, 'g');
        pattern.lastIndex = from;
        if (from <= text.length && pattern.exec(text)) expect(mayHoldGluedMarker(text, from, facts), `${from}: ${text}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the promotions the facts stand for', () => {
    const rules = ruleIndex(PROMO_RULES);
    for (const text of ['Click here to get your copy of the report today', 'Important: Patriot TV is available on Roku and Apple TV']) {
      const unit = singleUnit(text, 0, false, 0);
      expect(rules.match(text, 'body', unitFacts(unit))).toBeDefined();
    }
  });

  it('searches a unit once, and a long one not at all', () => {
    const unit = singleUnit('The senator signed the bill on Tuesday, as expected.', 0, false, 0);
    expect(unit.facts).toBe(UNKNOWN_FACTS);
    expect(unitFacts(unit)).toBe(0);
    expect(unit.facts).toBe(0);
    const long = singleUnit(`${'word '.repeat(MAX_SEARCHED / 5)}Subscribe now`, 0, false, 0);
    expect(unitFacts(long)).toBe(UNKNOWN_FACTS);
    expect(long.facts).toBe(UNKNOWN_FACTS);
  });
});
