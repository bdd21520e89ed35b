/**
 * Splitting what scrapers glue together when line breaks are lost: credits, sources, sign-offs
 * and widgets run onto the end (or into the middle) of a paragraph.
 */
import { makeUnit, piecesOf, sliceUnit, type Unit } from '../layout/unit.js';
import { COMMENT_THREAD_PARTS, GLUED_OPENING_PARTS, MAY_HOLD_COMMENT_THREAD, MAY_HOLD_GLUED_MARKER, UNKNOWN_FACTS, unitFacts } from '../layout/unit-facts.js';
import { matchRule } from '../rules/rule.js';
import { PROMO_RULES } from '../rules/promo.js';
import { RELATED_RULES } from '../rules/related.js';
import { SHARE_RULES } from '../rules/share.js';
import { SIGNOFF_RULES } from '../rules/signoff.js';
import { SOURCE_RULES } from '../rules/source.js';
import { CharCodeSet } from '../text/characters.js';
import { SubstringSet } from '../text/substring-set.js';
import { matchFeaturedImage } from './lead-image.js';

/**
 * Openings of credits and source lines that scrapers glue onto the last sentence when the
 * line break before them is lost: `…the constitution.Featured image by Joe Raedle/Getty Images`.
 */
export const GLUED_MARKER =
  /Featured (?:image|Image|photo)|FEATURED IMAGE|Via:|Read [Mm]ore:|\(?Source:|[hH]\/[tT] |\(Reporting by|Post navigation|Like this\?|Share this:|—More|\.\/[a-z]|READ MORE |GET THE FULL STORY|ALL THE [A-Z -]{2,40} YOU NEED:|SUPPORT (?:[A-Z0-9]{2,20}|OUR WORK)\b|Reference Links|Continue this (?:story|article) at /g;

/**
 * The longer openings among the `GLUED_MARKER` alternatives (eight characters or more), for
 * a search that skips through a paragraph's end several characters at a time.
 */
const GLUED_MARKER_OPENINGS = new SubstringSet(GLUED_OPENING_PARTS);
/** What stands before the colon of the short markers: `Via:`, `Read more:`, `(Source:`, `Share this:`. */
const BEFORE_COLON = ['Via', 'Read more', 'Read More', 'Source', 'Share this'];
/** The rare characters of the short markers (`:`, `/`, `?`), and `—More`: one native scan finds them all. */
const SHORT_MARKER_ANCHOR = /[:/?]|—More/g;

/**
 * Can a `GLUED_MARKER` match start at `from` or later? `false` only when none can. Nearly
 * every paragraph holds no marker: the regular expression, which tries a match at every
 * character of the window, then never runs. The long markers are found by skipping (not at
 * all when the text's `facts`, from `unitFacts`, say it holds none but `SUPPORT …`), the short ones by their
 * rare character, each checked where it stands.
 */
export function mayHoldGluedMarker(text: string, from: number, facts = UNKNOWN_FACTS): boolean {
  if ((facts & MAY_HOLD_GLUED_MARKER) !== 0) {
    if (GLUED_MARKER_OPENINGS.occursIn(text, from)) return true;
  } else if (text.indexOf('SUPPORT ', from) !== -1) return true; // the one marker the facts leave out
  SHORT_MARKER_ANCHOR.lastIndex = from;
  const length = text.length;
  // `test` rather than `exec`: it moves `lastIndex` past the match without making a match
  // array, and a colon in nearly every line of a list ("Item 4: …") would make one each.
  while (SHORT_MARKER_ANCHOR.test(text)) {
    const end = SHORT_MARKER_ANCHOR.lastIndex;
    // Every match is one character but `—More`, the only one that ends in a letter.
    if (text.charCodeAt(end - 1) === 101 /* e */) return true; // —More
    const at = end - 1;
    const c = text.charCodeAt(at);
    if (c === 58) {
      // Indexed, not `for…of`: unoptimised, the iterator makes a result object per string.
      for (let k = 0; k < BEFORE_COLON.length; k++) {
        const before = BEFORE_COLON[k]!;
        if (text.startsWith(before, at - before.length)) return true;
      }
    } else if (c === 47) {
      // `h/t `, `H/T ` and the like; `./x`, a site's address after a full stop. Reads past
      // either end are checked, not made (they give NaN, and optimised code that meets one is
      // thrown away).
      const before = at > 0 ? text.charCodeAt(at - 1) : -1;
      const after = at + 1 < length ? text.charCodeAt(at + 1) : -1;
      const third = at + 2 < length ? text.charCodeAt(at + 2) : -1;
      // Every comparison is made whatever the characters, before they are combined: one made
      // only after a rare character would first run long after the code was compiled, and
      // throw it away. `| 32` folds an ASCII letter's case: `c | 32` is 104 only for `h` and
      // `H`, 116 only for `t` and `T`.
      const hatTip = (before | 32) === 104;
      const tee = (after | 32) === 116;
      const spaced = third === 32;
      const afterStop = before === 46;
      const lowerAfter = (after - 97) >>> 0 <= 25;
      if (hatTip && tee && spaced) return true;
      if (afterStop && lowerAfter) return true;
    } else if (text.startsWith('Like this', at - 9)) return true;
  }
  return false;
}

/** "/politicot.com": a bare site address credited at the end. */
const SITE_ADDRESS = /^\/[a-z0-9-]{2,40}\.(?:com|org|net|info|co|us|news)$/;

/** How far from the end a glued tail may start. */
const TAIL_WINDOW = 300;

/**
 * Split a credit or source line glued to the end of a paragraph into its own unit, so it is
 * classified like a line of its own. The split is made only when the whole tail is then
 * recognised (a featured-image credit, a source line or a wire sign-off).
 */
export function splitGluedTail(unit: Unit, last = true): Unit[] | undefined {
  const thread = last ? splitCommentThread(unit) : undefined;
  if (thread) return [...(splitGluedTail(thread[0]!, false) ?? [thread[0]!]), thread[1]!];
  // Several things may be glued in a row ("…(Ed) Like this? Share it now. 7 thoughts on …").
  let head = unit;
  const tails: Unit[] = [];
  for (let round = 0; round < 4; round++) {
    const pieces = splitOneTail(head);
    if (!pieces) break;
    head = pieces[0]!;
    tails.unshift(pieces[1]!);
  }
  return tails.length > 0 ? [head, ...tails] : undefined;
}

/** "… 7 thoughts on “Title” Name says: …": the comment section glued after the article. */
export const COMMENT_THREAD = / \d{1,5} (?:thoughts|comments|responses|replies) on /;
/** What every `COMMENT_THREAD` match holds: the pattern runs only on text that has one (it may be a whole one-line body). */
const COMMENT_THREAD_SET = new SubstringSet(COMMENT_THREAD_PARTS);

/** Can `COMMENT_THREAD` match `text`? `false` only when it cannot; `facts` as from `unitFacts`. */
export function mayHoldCommentThread(text: string, facts = UNKNOWN_FACTS): boolean {
  return (facts & MAY_HOLD_COMMENT_THREAD) !== 0 && COMMENT_THREAD_SET.occursIn(text);
}

function splitCommentThread(unit: Unit): [Unit, Unit] | undefined {
  if (!mayHoldCommentThread(unit.text, unitFacts(unit))) return undefined;
  const match = COMMENT_THREAD.exec(unit.text);
  if (!match) return undefined;
  const head = sliceUnit(unit, 0, match.index);
  const rest = sliceUnit(unit, match.index, unit.text.length);
  return head && rest ? [head, rest] : undefined;
}

function splitOneTail(unit: Unit): Unit[] | undefined {
  const text = unit.text;
  const from = Math.max(1, text.length - TAIL_WINDOW);
  // One scan of the window at the end, whatever the paragraph's length; the last marker wins.
  let at = -1;
  if (!mayHoldGluedMarker(text, from, unitFacts(unit))) return undefined;
  GLUED_MARKER.lastIndex = from;
  for (let match = GLUED_MARKER.exec(text); match; match = GLUED_MARKER.exec(text)) {
    // "…concluded./politicot.com": a site's address glued after the last full stop.
    at = match[0].startsWith('./') ? match.index + 1 : match.index;
  }
  if (at > 0 && text[at] === '/' && !SITE_ADDRESS.test(text.slice(at))) return undefined;
  if (at <= 0) return undefined;
  const tail = text.slice(at).trim();
  const recognised =
    matchFeaturedImage(tail) ??
    matchRule(SOURCE_RULES, tail, 'tail') ??
    matchRule(SIGNOFF_RULES, tail, 'tail') ??
    matchRule(RELATED_RULES, tail, 'tail') ??
    matchRule(SHARE_RULES, tail, 'tail') ??
    matchRule(PROMO_RULES, tail, 'tail');
  if (!recognised) return undefined;
  const head = sliceUnit(unit, 0, at);
  const rest = sliceUnit(unit, at, text.length);
  if (!head || !rest) return undefined;
  return [head, rest];
}

/** "… death." — Robert King": a signature after the closing sentence of an item. */
const SIGNATURE = /^[—–] [A-Z][\w.'’-]{1,20}(?: [A-Z][\w.'’-]{0,20}){1,2}$/;

const SIGNATURE_DASH = / [—–] /g;
/** What closes the sentence a signature follows. */
const SIGNATURE_AFTER = new CharCodeSet('."”!?');

/** Split a writer's signature glued after a paragraph's last sentence into its own unit. */
export function splitGluedSignature(unit: Unit): Unit[] | undefined {
  const text = unit.text;
  const from = Math.max(0, text.length - 45);
  // One scan for either dash settles nearly every paragraph; which dash wins is decided below.
  SIGNATURE_DASH.lastIndex = from;
  if (!SIGNATURE_DASH.test(text)) return undefined;
  let at = text.indexOf(' — ', from);
  if (at === -1) at = text.indexOf(' – ', from);
  if (at <= 0) return undefined;
  if (!SIGNATURE_AFTER.has(text.charCodeAt(at - 1))) return undefined;
  const tail = text.slice(at + 1);
  if (!SIGNATURE.test(tail)) return undefined;
  const head = sliceUnit(unit, 0, at);
  const rest = sliceUnit(unit, at, text.length);
  if (!head || !rest) return undefined;
  rest.signature = true;
  return [head, rest];
}

/**
 * Where a credit glued into the middle of a one-line body ends: at the first place within a
 * few words where a word runs into the next sentence ("Via: Breitbart NewsHere is…",
 * "Via: Express UKWe…"), the line break that was lost.
 */
function gluedWordEnd(text: string, from: number, limit: number): number {
  const end = Math.min(text.length - 1, from + limit);
  for (let i = from + 1; i < end; i++) {
    const prev = text.charCodeAt(i - 1);
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const upper = c >= 65 && c <= 90;
    if (!upper) continue;
    if (prev >= 97 && prev <= 122) return i; // "NewsHere"
    if (prev >= 65 && prev <= 90 && next >= 97 && next <= 122 && i - 2 >= from && text.charCodeAt(i - 2) >= 65 && text.charCodeAt(i - 2) <= 90) return i; // "UKWe"
  }
  return -1;
}

/**
 * A "Via: Site" credit glued into the middle of a paragraph whose line breaks were lost:
 * the credit becomes its own unit and the paragraph is joined around it, so the body keeps
 * one paragraph (its position still spans the credit, which `removed` accounts for).
 */
export function splitGluedMidCredit(unit: Unit): Unit[] | undefined {
  const text = unit.text;
  const at = text.indexOf('Via: ');
  if (at <= 0) return undefined;
  const end = gluedWordEnd(text, at + 5, 40);
  if (end === -1) return undefined;
  if (!matchRule(SOURCE_RULES, text.slice(at, end).trim(), 'body')) return undefined;
  return joinAround(unit, at, end);
}

/** "× 101 Things … Buy Now": a product widget, from its close button to its buy button. */
const AD_OPEN = '× ';
const AD_CLOSE = ' Buy Now';
const AD_MAX = 800;

/**
 * A product advertisement glued into the middle of a paragraph by a page widget: the ad
 * becomes its own unit and the paragraph is joined around it, keeping one paragraph.
 */
export function splitGluedMidAd(unit: Unit): Unit[] | undefined {
  const text = unit.text;
  const at = text.indexOf(AD_OPEN);
  if (at <= 0) return undefined;
  const close = text.indexOf(AD_CLOSE, at);
  if (close === -1 || close - at > AD_MAX) return undefined;
  let end = close + AD_CLOSE.length;
  if (text[end] === '!') end++;
  if (end >= text.length - 1) return undefined;
  return joinAround(unit, at, end);
}

/** The unit without [from, to), joined with one space, and the part taken out. */
function joinAround(unit: Unit, from: number, to: number): Unit[] | undefined {
  const middle = sliceUnit(unit, from, to);
  const before = sliceUnit(unit, 0, from);
  const after = sliceUnit(unit, to, unit.text.length);
  if (!middle || !before || !after) return undefined;
  const joined = makeUnit(
    `${before.text} ${after.text}`,
    before.start,
    after.end,
    [...piecesOf(before), ...piecesOf(after).map((p) => ({ at: p.at + before.text.length + 1, from: p.from, length: p.length }))],
    unit.blankBefore,
    unit.indent,
    false,
  );
  return [joined, middle];
}
