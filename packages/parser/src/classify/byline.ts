import type { Author } from '@copydesk/model/core';
import { Opening } from '../rules/opening.js';
import { isDigit, isUpperLetter } from '../text/characters.js';

/** A recognised byline: the names credited, and the rule that saw it. */
export interface BylineMatch {
  authors: Author[];
  /** The publication a citation byline names ("A et al., Harvard Crimson, November 3, 2016"). */
  publisher?: string;
  rule: string;
  reason: string;
}

/**
 * Byline shapes, tried in order. `names` is the part that holds the names; what follows it
 * (a date, a site, a role) is cut off by {@link splitNames}.
 */
const BYLINE_PATTERNS: ReadonlyArray<{ id: string; reason: string; pattern: RegExp }> = [
  // "Posted by A on 19 Sep 2016", "Posted by A | March 3".
  {
    id: 'byline/posted-by',
    reason: 'A "Posted by" byline; the name is kept in meta.authors.',
    pattern: /^Posted (?:on [^\n]{0,40} )?by (?<names>[^\n]{2,100})$/i,
  },
  // "Contributed by A of www.site.com."
  {
    id: 'byline/contributed-by',
    reason: 'A "Contributed by" byline; the name is kept in meta.authors.',
    pattern: /^Contributed by (?<names>[^\n]{2,100})$/i,
  },
  // "By A and B", "By A, Staff Writer", "BY A", "By: A / Site", "Written by A".
  {
    id: 'byline/by',
    reason: 'The byline; the names are kept in meta.authors.',
    pattern: /^(?:(?:By|BY|by|Written by|Story by|Words by|Received by|Authored by):? |Authors?:(?: |$))(?<names>[^\n]{0,120})$/,
  },
  // "Jane Roe – Stephen F. Austin State University": name, dash, affiliation.
  {
    id: 'byline/name-affiliation',
    reason: 'A byline giving the writer and their affiliation; the name is kept in meta.authors.',
    pattern:
      /^(?<names>[A-Z][\w.'’-]{1,20}(?: [A-Z][\w.'’-]{0,20}){1,2}) [–—] [A-Z][\w.'’&-]{0,20}(?: [A-Z][\w.'’&-]{0,20}){0,6} (?:University|College|Institute|School|Academy|Foundation|Center|Centre)$/,
  },
];

/**
 * How each byline pattern can open: most lines are tested against none of them (they run on
 * every line of the head and the tail).
 */
const BYLINE_OPENINGS = BYLINE_PATTERNS.map(({ pattern }) => new Opening(pattern));

/** "Andrew M. Duehren et al., Harvard Crimson, November 3, 2016": the original article's citation. */
const CITATION = /^(?<names>[A-Z][^\n,]{2,40}?)(?: et al\.)?, (?<publisher>[A-Z][^,\n]{2,60}), (?:[A-Z][a-z]{2,8}\.? \d{1,2}, )?\d{4}$/;

/** Words that describe a role or an organisation, not a person. */
const ROLE_WORDS = new Set(
  'writer reporter editor correspondent staff contributor columnist press news reuters associated times post journal agency bureau phd psyd md dr. jr sr ph.d. m.d. university college institute senior chief political economics business sports foreign desk the'
    .split(' '),
);

/** Ends of the names part: a date, a site, the start of another clause. */
const NAME_STOPS = [' | ', ' on ', '. Posted', ' / ', ' of ', ' - ', ' – ', ' — ', ' at ', ' for ', ' in ', ' via ', ': ', ' et al'];

/**
 * Recognise a byline line and read its names. Returns `undefined` for lines that only look
 * like one ("By the time he arrived, …"): every name must look like a person's name.
 */
export function matchByline(text: string): BylineMatch | undefined {
  if (text.length > 160) return undefined;
  // The label is "By" or "BY" and maybe a colon: three characters at most.
  if (text.length <= 3 && /^(?:By|BY):?$/.test(text)) return { authors: [], rule: 'byline/empty-label', reason: 'An empty byline label left by the page; it names no one.' };
  // A citation closes with a year: a line that does not end in a digit is none.
  const citation = isDigit(text.charCodeAt(text.length - 1)) ? CITATION.exec(text) : null;
  if (citation && looksLikeName(citation.groups!.names!)) {
    return {
      authors: [{ name: citation.groups!.names! }],
      publisher: citation.groups!.publisher!,
      rule: 'byline/citation',
      reason: 'A citation of the original article (author, publication, date); the author is kept in meta.authors and the publication as source.originalPublisher.',
    };
  }
  const first = text[0];
  if (first === undefined) return undefined;
  for (let i = 0; i < BYLINE_PATTERNS.length; i++) {
    if (!BYLINE_OPENINGS[i]!.admits(text)) continue;
    const { id, reason, pattern } = BYLINE_PATTERNS[i]!;
    const match = pattern.exec(text);
    if (!match) continue;
    const raw = match.groups?.names ?? '';
    if (raw === '' && /^(?:Authors?|By|BY):?$/.test(text)) return { authors: [], rule: 'byline/empty-label', reason: 'An empty "Authors:" label left by the page; it names no one.' };
    const authors = splitNames(raw);
    if (authors) return { authors, rule: id, reason };
  }
  return undefined;
}

/** Split "A and B, Staff Writer" into authors; `undefined` when a part is not a name. */
export function splitNames(raw: string): Author[] | undefined {
  let names = raw.trim();
  for (const stop of NAME_STOPS) {
    const at = names.indexOf(stop);
    if (at > 0) names = names.slice(0, at);
  }
  const sentence = names.indexOf('. ');
  if (sentence > 2) names = names.slice(0, sentence);
  names = names.replace(/[.,;:]+$/, '').trim();
  if (names === '') return undefined;
  const parts = names.split(', ');
  const people = splitAnd(parts[0]!);
  if (!people || people.length === 0) return undefined;
  const authors: Author[] = people.map((name) => ({ name }));
  let role: string | undefined;
  for (const part of parts.slice(1)) {
    const more = isRole(part) ? undefined : splitAnd(part);
    if (more?.every((name) => name.split(' ').length >= 2)) authors.push(...more.map((name) => ({ name })));
    else role ??= part;
  }
  if (role !== undefined && authors.length === 1) authors[0]!.role = role;
  return authors;
}

function splitAnd(part: string): string[] | undefined {
  const names = part.split(/ (?:and|AND|&) /);
  for (const name of names) if (!looksLikeName(name)) return undefined;
  return names.map((name) => name.trim());
}

function isRole(part: string): boolean {
  const words = part.toLowerCase().split(' ');
  if (words.length === 1) return true;
  return words.some((word) => ROLE_WORDS.has(word));
}

/** One to five words, starting with a capital, no digits: "Jane Roe", "INDRA WARNES", "J.R. de la Cruz". */
export function looksLikeName(name: string): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 50) return false;
  if (!isUpperLetter(trimmed[0])) return false;
  const words = trimmed.split(' ');
  if (words.length > 5) return false;
  let capitals = 0;
  for (const word of words) {
    if (word === '') return false;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 48 && c <= 57) return false;
    }
    if (isUpperLetter(word[0])) capitals++;
    else if (!/^(?:de|da|del|della|der|den|van|von|la|le|du|dos|bin|al|ibn|y|e)$/.test(word)) return false;
  }
  if (words.length === 1) return capitals === 1 && words[0]!.length >= 2 && !ROLE_WORDS.has(words[0]!.toLowerCase());
  return capitals >= 1;
}

/**
 * "— Jane Roe" glued after the last sentence of an item: the writer's signature. Only for
 * text split off a paragraph's end; a dash and a name on a line of their own is usually a
 * quotation's attribution ("– Thomas Jefferson"), which stays in the body.
 */
export function matchSignature(text: string): BylineMatch | undefined {
  const match = /^[—–] ?(?<name>[A-Z][\w.'’-]{1,20}(?: [A-Z][\w.'’-]{0,20}){1,2})$/.exec(text);
  const name = match?.groups?.name;
  if (!name || !looksLikeName(name) || isRole(name)) return undefined;
  return {
    authors: [{ name }],
    rule: 'byline/signature',
    reason: 'A signature ("— Name") glued after the last sentence, crediting the writer; the name is kept in meta.authors.',
  };
}
