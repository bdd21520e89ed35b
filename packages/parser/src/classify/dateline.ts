import type { Dateline } from '@copydesk/model/core';
import { isLowerLetter } from '../text/characters.js';

/** A dateline found at the start of the first paragraph; `length` is how much of it to take off. */
export interface DatelineMatch {
  dateline: Omit<Dateline, 'position'>;
  /** Characters of the paragraph the dateline and the space after it take. */
  length: number;
}

/** Agencies that appear in parentheses in datelines: `LISBON (Reuters) -`, `(CNN) –`. */
const AGENCIES = new Set([
  'Reuters', 'AP', 'AFP', 'CNN', 'UPI', 'Bloomberg', 'Xinhua', 'TASS', 'dpa', 'DPA', 'IANS', 'PTI', 'ANI',
  'Kyodo', 'Yonhap', 'BBC', 'NBC', 'CBS', 'ABC', 'Fox', 'CNBC', 'MarketWatch', 'IFR', 'RTRS', 'Sputnik',
  'RIA Novosti', 'EFE', 'ANSA', 'Anadolu', 'KUNA', 'WAM', 'SPA', 'AAP', 'CP', 'NYT', 'WSJ', 'The Hill',
  'Politico', 'Breitbart', 'Newsmax', 'NNN', 'WND', 'CNSNews.com', 'Sky News', 'NPR', 'VOA', 'RT',
]);

/** Month names as wire copy types them, in any case ("FEb 26", "MArch 25", "april 7"). */
const MONTH = anyCase('(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)');

/** `jan` → `[jJ][aA][nN]`: case-insensitive letters inside an otherwise case-sensitive pattern. */
function anyCase(source: string): string {
  return source.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`);
}

/** `PLACE (Agency) -`, `(CNN) –`, `New York (CNN)`: place optional, dash optional. */
export const AGENCY_FORM = /^(?<place>[A-Z][^\n()]{0,60}?)? ?\((?<agency>[A-Za-z][A-Za-z.& ]{0,24})\)(?: ?(?<dash>--|[-–—]))?(?= |$|[A-Z“"‘])/;
/** `KUALA LUMPUR, March 26 -`, `IRVINE, Calif., March 5 -`, `OSLO, March 3 -`. */
export const PLACE_DATE_FORM = new RegExp(
  `^(?<place>[A-Z][A-Za-z.'’/ -]{1,40}?(?:, [A-Z][A-Za-z.'’ ]{1,25}?){0,2}), {1,3}(?<date>${MONTH}\\.? {1,2}\\d{1,2}(?:, \\d{4})?) {0,2}(?<dash>--|[-–—])(?= |$)`,
);
/** `WASHINGTON—`, `NEW YORK --`, `CEDAR RAPIDS, Iowa —`. */
export const PLACE_DASH_FORM = /^(?<place>[A-Z][A-Z.'’/ ]{1,40}?(?:, [A-Z][A-Za-z.'’ ]{1,25}?)?) ?(?<dash>--|[-–—])(?= |$|[A-Z“"])/;
/** The dash both place forms close with (`--` holds one). */
const DASH = /[-–—]/;
/** `[10/31/16] A public school official …`: a bracketed date opening the story. */
export const BRACKET_DATE_FORM = /^\[(?<date>\d{1,2}\/\d{1,2}\/\d{2,4})\](?= |$)/;

/**
 * Find a dateline at the start of a paragraph. Looks only at the first 120 characters, so
 * the work is bounded whatever the paragraph's length.
 */
export function matchDateline(text: string): DatelineMatch | undefined {
  const head = text.slice(0, 120);
  const first = head.charCodeAt(0);
  // Every form opens with a capital, "(" or "[".
  if (!(first >= 65 && first <= 90) && first !== 40 && first !== 91) return undefined;

  // Each form is tried only where the character it cannot do without is there: most
  // paragraphs open with no dateline, and the forms' lazy parts make them slow to fail.
  let match = first === 91 ? BRACKET_DATE_FORM.exec(head) : null;
  if (match) return result(match[0], null, null, match.groups!.date!);

  match = head.indexOf('(') !== -1 ? AGENCY_FORM.exec(head) : null;
  if (match) {
    const place = match.groups?.place?.trim() || null;
    const agency = match.groups!.agency!.trim();
    const dash = match.groups?.dash;
    if ((isAgency(agency) || (dash && isAllCapsWord(agency))) && (place === null || plausiblePlace(place, true))) {
      return result(match[0], place, agency, null);
    }
  }

  // With a date after it, a place may be in mixed case ("Toronto, March 20 -").
  const dashed = DASH.test(head);
  match = dashed && head.indexOf(', ') !== -1 ? PLACE_DATE_FORM.exec(head) : null;
  if (match && plausiblePlace(match.groups!.place!, true)) return result(match[0], match.groups!.place!, null, match.groups!.date!.replace(/ {2,}/g, ' '));

  match = dashed ? PLACE_DASH_FORM.exec(head) : null;
  if (match && plausiblePlace(match.groups!.place!, false)) {
    const place = match.groups!.place!;
    // The first part must be a capitalised place name of two letters or more ("WASHINGTON").
    const firstPart = place.split(',')[0]!;
    if (firstPart.replace(/[^A-Z]/g, '').length >= 3) return result(match[0], place, null, null);
  }
  return undefined;

  function result(prefix: string, place: string | null, agency: string | null, date: string | null): DatelineMatch {
    let length = prefix.length;
    while (length < text.length && text.charCodeAt(length) === 32) length++;
    return { dateline: { text: prefix.trim(), place, agency, date }, length };
  }
}

/** A known agency, or a name containing one ("Thomson Reuters Foundation"). */
function isAgency(name: string): boolean {
  if (AGENCIES.has(name)) return true;
  for (const word of name.split(' ')) if (word.length > 2 && AGENCIES.has(word)) return true;
  return false;
}

function isAllCapsWord(text: string): boolean {
  return /^[A-Z][A-Z.&]{1,11}$/.test(text);
}

/**
 * A place is a few capitalised words, maybe with a state or country after a comma; never a
 * sentence. With an agency it may be in mixed case (`Chappaqua, New York (CNN)`); without one it
 * must start in capitals (`WASHINGTON`), which keeps ordinary sentences out.
 */
function plausiblePlace(place: string, mixedCaseAllowed: boolean): boolean {
  const words = place.split(/[ ,/]+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 7) return false;
  for (const word of words) {
    if (!mixedCaseAllowed && word === words[0] && isLowerLetter(word[1]) && word.length > 1) return false;
    if (isLowerLetter(word[0]) && !/^(?:de|la|le|el|del|do|da|am|upon|on|sur)$/.test(word)) return false;
  }
  return true;
}
