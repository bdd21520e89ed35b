/**
 * What one search of a unit's text found, for the prefilters that would each read it again.
 *
 * Nearly every unit is looked through for the required parts of the ad-copy rule (every line
 * up to 700 characters, whatever it opens with), the openings of credits glued onto its end,
 * and, near the end of the article, a comment section's "7 thoughts on"; capitalised lines for
 * the TV-channel plug too. Almost no line holds any of them. One `SubstringGroups` search of
 * the unit finds all of them at once (strings of ten characters or more that they hold, for
 * a search that skips far), kept on the unit as a mask of facts: a clear bit means
 * none of that group's strings is in the text, and the prefilter it stands for is skipped; a
 * set bit sends the check on to its own search, as if nothing were known.
 */
import { SubstringGroups } from '../text/substring-groups.js';
import type { Unit } from './unit.js';

/**
 * What each alternative of the ad-copy rule's pattern holds, as long as can be (the rule's
 * `includes`, see `promo/ad-copy`).
 */
export const AD_COPY_PARTS: readonly string[] = ['ubscribe now', 'ign up now', 'lick here to ', 'et your free', 'y subscribing to'];
/** What every match of the TV-channel rule holds (its `includes`, see `promo/channel`). */
export const TV_CHANNEL_PARTS: readonly string[] = [' TV is available on '];
/**
 * The longer openings among the glued-marker alternatives (eight characters or more; see
 * `GLUED_MARKER` in `split-glued.ts`, which also finds the short ones by their rare character).
 */
export const GLUED_OPENING_PARTS: readonly string[] = [
  'Featured ', 'FEATURED IMAGE', '(Reporting by', 'Post navigation', 'READ MORE ', 'GET THE FULL STORY', 'ALL THE ', 'SUPPORT ',
  'Reference Links', 'Continue this ',
];
/**
 * What every match of a long glued marker but `SUPPORT …` holds, ten characters or more, so
 * that the search skips further than the openings would let it (`Featured ` is nine
 * characters, `ALL THE ` eight). `SUPPORT …` holds no longer string: it is looked for apart.
 */
export const GLUED_MARKER_PARTS: readonly string[] = [
  'Featured image', 'Featured Image', 'Featured photo', 'FEATURED IMAGE', '(Reporting by', 'Post navigation', 'READ MORE ',
  'GET THE FULL STORY', ' YOU NEED:', 'Reference Links', 'Continue this ',
];
/** What every match of the comment-thread pattern holds (see `COMMENT_THREAD` in `split-glued.ts`). */
export const COMMENT_THREAD_PARTS: readonly string[] = [' thoughts on ', ' comments on ', ' responses on ', ' replies on '];

/** The unit may hold one of {@link AD_COPY_PARTS}. */
export const MAY_HOLD_AD_COPY = 1;
/** The unit may hold one of {@link TV_CHANNEL_PARTS}. */
export const MAY_HOLD_TV_CHANNEL = 2;
/** The unit may hold one of {@link GLUED_MARKER_PARTS}: a glued marker other than `SUPPORT …`. */
export const MAY_HOLD_GLUED_MARKER = 4;
/** The unit may hold one of {@link COMMENT_THREAD_PARTS}. */
export const MAY_HOLD_COMMENT_THREAD = 8;
/** Nothing is known: every fact may hold (every bit set). */
export const UNKNOWN_FACTS = -1;

/** The groups in the order of their bits. */
const FACT_SEARCH = new SubstringGroups([AD_COPY_PARTS, TV_CHANNEL_PARTS, GLUED_MARKER_PARTS, COMMENT_THREAD_PARTS]);

/**
 * Units longer than this are not searched whole: the ad-copy rule looks at no longer line,
 * and on a long paragraph the glued openings are looked for only near its end.
 */
export const MAX_SEARCHED = 700;

/** The facts of a unit's text, searched for once, on first asking. */
export function unitFacts(unit: Unit): number {
  let facts = unit.facts;
  if (facts === UNKNOWN_FACTS && unit.text.length <= MAX_SEARCHED) {
    facts = FACT_SEARCH.scan(unit.text);
    unit.facts = facts;
  }
  return facts;
}

/**
 * The fact that stands for a rule's required parts, when they are a group searched for here
 * (compared as the same array); 0 when they are not.
 */
export function factOfParts(parts: readonly string[] | undefined): number {
  if (parts === AD_COPY_PARTS) return MAY_HOLD_AD_COPY;
  if (parts === TV_CHANNEL_PARTS) return MAY_HOLD_TV_CHANNEL;
  return 0;
}
