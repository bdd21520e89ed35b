import type { LineRule } from './rule.js';

/** One share button: a network's name, maybe with "Share on". */
const NETWORK =
  '(?:share on |share via )?(?:facebook|twitter|pinterest|reddit|stumbleupon|linkedin|tumblr|whatsapp|email|e-mail|print|google\\+|telegram|pocket|flipboard|share|tweet|pin|messenger|sms)';

/** Share buttons and counters that scrapers copy along with the text. */
export const SHARE_RULES: readonly LineRule[] = [
  // "16.8k SHARES", "196 SHARES Facebook Twitter": a share counter, maybe with its buttons.
  {
    id: 'share/counter',
    kind: 'share',
    reason: 'A share counter ("16.8k SHARES") with its buttons, not article text.',
    pattern: /^[\d.,]{1,9}[kKmM]? (?:SHARES|Shares|shares|SHARE|Share)\b[ A-Za-z+]{0,80}$/,
    maxLength: 100,
  },
  // A lone number where a counter was ("0").
  {
    id: 'share/counter',
    kind: 'share',
    reason: 'A bare count left by a share or comment counter.',
    pattern: /^\d{1,6}$/,
    maxLength: 6,
    where: 'head',
  },
  // Runs of network names: "Facebook Twitter Pinterest Email".
  {
    id: 'share/networks',
    kind: 'share',
    reason: 'Social network share buttons, not article text.',
    pattern: new RegExp(`^${NETWORK}(?:(?: |, |\\| |· )${NETWORK}){0,11}$`, 'i'),
    maxLength: 160,
  },
  // "Share this:", "Like this? Share it now.", "Share this article".
  {
    id: 'share/prompt',
    kind: 'share',
    reason: 'A share prompt from the page’s share bar.',
    pattern:
      /^(?:share this(?: article| story| post)?:?|like this\? share it now\.?|share(?: it)? now[.!]?|share:|shares?|like this:? like loading(?:\.\.\.|…)?|share this on (?:facebook|twitter)[^\n]{0,40})$/i,
    maxLength: 40,
  },
];
