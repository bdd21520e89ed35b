import { countWords, endsSentence, isAllCaps } from '../text/characters.js';

/** The headline as read from its line, with a trailing site name taken off. */
export interface TitleMatch {
  title: string;
  /** ` ⋆ Freedom Daily` → `Freedom Daily`. */
  siteName?: string;
}

/**
 * Separators that put a site name after a headline and never appear inside one:
 * `Title ⋆ Site`, `Title ‹ Site`, `Title * SITE`, `Title | Site`.
 */
const SITE_SEPARATORS = [' ⋆ ', ' ‹ ', ' › ', ' * ', ' | ', ' « ', ' » '];
/** Dashes that may put a site name after a headline, but also join two halves of one. */
const DASH_SEPARATORS = [' – ', ' — ', ' - '];
/** Any of the separators above, so a headline without one is settled by a single scan. */
const ANY_SEPARATOR = / [⋆‹›*|«»–—-] /;
/**
 * After a dash, the suffix is taken for a site name only when it reads like one: a few
 * capitalised words with a word that names a publication.
 */
const SITE_WORDS =
  /(?:^|\s)(?:News|Radio|Daily|Times|Post|Report|Rising|Network|Wire|Today|Journal|Herald|Tribune|Gazette|Media|TV|Online|Blog|Insider|Beacon|Examiner|Review|Magazine|Press|Politics|Patriots?|Truth|Watch|Feed|Mail|Telegraph|Guardian|Independent|Observer|Caller|Reporter|Sentinel|Express|Chronicle|Monitor|Digest|Standard|Weekly|Hub|Info|Pundit|Alert|Nation|Voice|Sun|Star|Globe)(?:$|\s)|\.(?:com|org|net|co\.uk|info|news)$/;

/** Read a headline line: keep kickers (`BREAKING:`) and tags (`[VIDEO]`), take off a site name. */
export function readTitle(line: string, knownSites?: ReadonlySet<string>): TitleMatch {
  // Most headlines hold no separator: one scan instead of a search per separator.
  if (!ANY_SEPARATOR.test(line)) return { title: line };
  for (const separator of SITE_SEPARATORS) {
    const at = line.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = line.slice(at + separator.length).trim();
    const head = line.slice(0, at).trim();
    if (
      suffix !== '' &&
      suffix.length <= 50 &&
      countWords(suffix) <= 6 &&
      countWords(head) >= 2 &&
      !endsSentence(suffix) &&
      !/[\d[\]()]/.test(suffix)
    ) {
      return { title: head, siteName: siteNameFrom(suffix) };
    }
  }
  for (const separator of DASH_SEPARATORS) {
    const at = line.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = line.slice(at + separator.length).trim();
    const head = line.slice(0, at).trim();
    if (countWords(head) < 3 || suffix.length > 40 || countWords(suffix) > 4) continue;
    if (!capitalisedWords(suffix)) continue;
    if (SITE_WORDS.test(suffix) || (knownSites?.has(suffix) && countWords(suffix) <= 3)) return { title: head, siteName: suffix };
  }
  return { title: line };
}

/** `LIBERTY WRITERS NEWS` stays as written: the model keeps names as the site spells them. */
function siteNameFrom(suffix: string): string {
  return suffix;
}

function capitalisedWords(text: string): boolean {
  for (const word of text.split(' ')) {
    if (word === '') return false;
    const first = word[0]!;
    if (first.toUpperCase() === first.toLowerCase()) return false;
    if (first !== first.toUpperCase()) return false;
  }
  return !/[!?:]$/.test(text);
}

/**
 * Is this first line a headline rather than the first paragraph? Headlines are short and
 * rarely end in a full stop; a long sentence-ended line starts the body (Reuters UNPROC
 * records, scraped texts without a title).
 */
export function looksLikeHeadline(line: string, followedByText: boolean): boolean {
  if (line.length > 300) return false;
  const words = countWords(line);
  if (words > 35) return false;
  if (followedByText) {
    // Directly followed by more text, with no blank line: a headline only if short and unpunctuated.
    if (isAllCaps(line)) return true;
    return words <= 20 && !endsSentence(line);
  }
  return !(endsSentence(line) && words > 25);
}
