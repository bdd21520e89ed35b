import { Opening } from '../rules/opening.js';
import { EndingSet } from '../text/ending-set.js';

/** A caption and credit read from a line: the lead image, or a credit elsewhere. */
export interface CaptionMatch {
  caption?: string;
  credit?: string;
  rule: string;
  reason: string;
}

/**
 * Credit lines that stand for the lead picture wherever they appear (sites put "Featured
 * image via X" at the end of the article).
 */
const FEATURED_IMAGE = /^Featured (?:image|photo|picture) ?(?:via|by|from|credit|courtesy of|source)?:? (?<credit>[^\n]{1,150})$/i;
/** "Photo: Jane Roe/AP", "Image credit: NASA", "Credit: X". */
export const CREDIT_LINE =
  /^\(?(?:(?:Photo|Image|Picture|Photograph|Photo credit|Image credit|Picture credit|Credit|Top image|Header image|Image source)s? ?: ?|(?:Photo|Image|Picture|Photograph) (?:by|via|courtesy of) )(?<credit>[^\n]{1,150}?)\)?$/i;
/**
 * Credits that name a picture library or licence rather than a photographer, alone or after
 * the photographer ("David T. Foster III/The Charlotte Observer via AP Photo").
 */
export const STOCK_CREDIT =
  /^(?:Royalty[- ]Free (?:Photo|Image|Picture)|Stock (?:Photo|Image)|Public Domain|Shutterstock|Getty Images|Wikimedia Commons|Pixabay|Unsplash|AP Photo|Reuters Photo|File photo)\.?$|^[A-Z][^\n]{1,80}(?: via |\/)(?:AP(?: Photo)?|Getty Images|Reuters|AFP(?:\/Getty Images)?|Shutterstock)\.?$/i;
/** "ISIS militants. (Flickr)", "Troops in Mosul (Photo: Jane Roe/AP)". */
const PAREN_CREDIT = /^(?<caption>[^\n]{1,400}?) ?\((?:(?:Photo|Image|Picture|Credit|Photo credit|Image credit|Source) ?: ?)?(?<credit>[^()\n]{1,60})\)$/;
/** "Caption text. | Getty": Politico's caption and credit. */
const PIPE_CREDIT = /^(?<caption>[^\n|]{1,400}) \| (?<credit>[^\n|]{1,40})$/;

/** A "Featured image via X" credit, anywhere in the article. */
export function matchFeaturedImage(text: string): CaptionMatch | undefined {
  // By code, with the case folded (`F` | 32 is `f`): asked of every line, and a line opening
  // beyond Latin-1 would make a string of its first character only to compare it.
  if (text.length > 180 || (text.charCodeAt(0) | 32) !== 102 /* f */) return undefined;
  const match = FEATURED_IMAGE.exec(text);
  if (!match) return undefined;
  return {
    credit: trimCredit(match.groups!.credit!),
    rule: 'credit/featured-image',
    reason: 'The credit of the featured (lead) image, kept as meta.leadImage.',
  };
}

/**
 * The words every stock credit ends with, a full stop after them or not: the patterns run on
 * every short line, and nearly every one is ruled out by its ending or its opening.
 */
const STOCK_CREDIT_ENDINGS = new EndingSet(
  ['photo', 'image', 'images', 'picture', 'domain', 'shutterstock', 'commons', 'pixabay', 'unsplash', 'ap', 'reuters', 'afp'].flatMap((word) => [word, `${word}.`]),
  true,
);
const CREDIT_LINE_OPENING = new Opening(CREDIT_LINE);

/** A credit line without a caption ("Photo: Jane Roe/AP"). */
export function matchCreditLine(text: string): CaptionMatch | undefined {
  if (text.length > 170) return undefined;
  if (STOCK_CREDIT_ENDINGS.endsIn(text) && STOCK_CREDIT.test(text)) return { credit: text, rule: 'credit/stock-credit', reason: 'A stock-picture credit line.' };
  const match = CREDIT_LINE_OPENING.admits(text) ? CREDIT_LINE.exec(text) : null;
  if (!match) return undefined;
  let credit = match.groups!.credit!;
  const again = credit.lastIndexOf('Credit: ');
  if (again >= 0) credit = credit.slice(again + 8);
  return { credit: trimCredit(credit), rule: 'credit/credit-line', reason: 'A picture credit line.' };
}

/**
 * A caption with its credit, looked for between the headline and the first paragraph:
 * "ISIS militants. (Flickr)" or "Caption. | Getty". The credit must be short (a name or
 * agency), and the caption not a long paragraph.
 */
export function matchCaption(text: string): CaptionMatch | undefined {
  if (text.length > 450) return undefined;
  if (text.charCodeAt(text.length - 1) === 41 /* ) */) {
    const match = PAREN_CREDIT.exec(text);
    if (match) {
      const credit = match.groups!.credit!.trim();
      const caption = match.groups!.caption!.trim();
      if (plausibleCredit(credit) && !/^(?:VIDEO|Video|video|AUDIO|PHOTOS?|Photos?|TWEETS?|WATCH)$/.test(credit)) {
        return {
          caption: caption === '' ? undefined : caption,
          credit,
          rule: 'credit/caption-credit',
          reason: 'The lead image’s caption and credit, kept as meta.leadImage.',
        };
      }
    }
  }
  const pipe = text.lastIndexOf(' | ');
  if (pipe > 0) {
    const match = PIPE_CREDIT.exec(text);
    if (match && plausibleCredit(match.groups!.credit!.trim())) {
      return {
        caption: match.groups!.caption!.trim(),
        credit: match.groups!.credit!.trim(),
        rule: 'credit/caption-credit',
        reason: 'The lead image’s caption and credit, kept as meta.leadImage.',
      };
    }
  }
  const glued = matchGluedCredit(text);
  if (glued) return glued;
  const credit = matchCreditLine(text);
  if (credit) return { ...credit, reason: 'The lead image’s credit, kept as meta.leadImage.' };
  return undefined;
}

/** Openings of a credit glued after its caption on the same line. */
const GLUED_CREDIT_MARKERS = [' Credit: ', ' Image credit: ', ' Photo: ', ' Photo credit: ', ' Image: '];

/** "Caption text. Credit: NASA/JPL": a caption with its credit glued after it. */

export function matchGluedCredit(text: string): CaptionMatch | undefined {
  if (text.length > 700) return undefined;
  // Every marker ends in ": ": a text without one is settled by a single search.
  if (text.indexOf(': ') === -1) return undefined;
  let at = -1;
  for (const marker of GLUED_CREDIT_MARKERS) {
    const found = text.indexOf(marker);
    if (found > 0 && (at === -1 || found < at)) at = found;
  }
  if (at <= 0) return undefined;
  const caption = text.slice(0, at).trim();
  let credit = text.slice(text.indexOf(':', at) + 1).trim();
  // "University of Salford Credit: University of Salford": the credit doubled by the page.
  const again = credit.lastIndexOf('Credit: ');
  if (again >= 0) credit = credit.slice(again + 8).trim();
  credit = trimCredit(credit);
  if (!plausibleCredit(credit) || caption.length < 3) return undefined;
  return { caption, credit, rule: 'credit/caption-credit', reason: 'A picture’s caption and credit.' };
}

/** A credit is a name or an agency: a few words, no sentence. */
function plausibleCredit(credit: string): boolean {
  if (credit.length === 0 || credit.length > 60) return false;
  const words = credit.split(' ').length;
  if (words > 7) return false;
  if (/[.!?]\s/.test(credit)) return false;
  const first = credit[0]!;
  return first.toUpperCase() === first;
}

function trimCredit(credit: string): string {
  let out = credit.trim();
  while (out.endsWith('.') && !/\b[A-Z]\.$/.test(out)) out = out.slice(0, -1).trimEnd();
  return out;
}
