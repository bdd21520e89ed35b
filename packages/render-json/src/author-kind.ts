import type { Meta } from '@copydesk/model/core';

/**
 * News agencies that appear as bylines on their own ("By Reuters", "AP"). Compared without
 * case and with dots removed, so "A.P." and "ap" match "AP".
 */
const AGENCIES: ReadonlySet<string> = new Set(
  [
    'Reuters', 'Thomson Reuters', 'AP', 'Associated Press', 'The Associated Press', 'AFP', 'Agence France-Presse',
    'Agence France Presse', 'Bloomberg', 'Bloomberg News', 'UPI', 'United Press International', 'dpa',
    'Deutsche Presse-Agentur', 'EFE', 'ANSA', 'Xinhua', 'Kyodo', 'Kyodo News', 'PA', 'PA Media', 'Press Association',
    'Canadian Press', 'The Canadian Press', 'AAP', 'Australian Associated Press', 'TASS', 'Anadolu', 'Anadolu Agency',
    'Yonhap', 'Jiji Press', 'IANS', 'PTI', 'Press Trust of India', 'CNN', 'CNN Wire', 'BBC News', 'JTA', 'TPS',
    'Tazpit Press Service', 'Staff', 'Wires', 'Wire services', 'News agencies', 'Agencies',
  ].map(normaliseName),
);

/**
 * Last words that make a byline a desk rather than a person: "Foreign Desk", "Editorial Board",
 * "Washington Bureau", "Staff", "News Service".
 */
const DESK_WORDS: ReadonlySet<string> = new Set(
  ['desk', 'staff', 'board', 'bureau', 'newsroom', 'editors', 'team', 'agency', 'agencies', 'service', 'services', 'wire', 'wires', 'reporters', 'correspondents'].map(normaliseName),
);

/**
 * Whether a byline name is an organisation (`Organization` in schema.org) rather than a person:
 * a known news agency, the dateline's agency, the source's or original publisher's name, or a
 * name whose last word is a desk word ("Foreign Desk", "Editorial Board").
 *
 * @example
 * isOrganizationName('Reuters', meta) // true
 * isOrganizationName('Jane Roe', meta) // false
 */
export function isOrganizationName(name: string, meta: Pick<Meta, 'dateline' | 'source'>): boolean {
  const key = normaliseName(name);
  if (key === '') return false;
  if (AGENCIES.has(key)) return true;
  const known = [meta.dateline?.agency, meta.source?.name, meta.source?.originalPublisher];
  for (const other of known) if (other && normaliseName(other) === key) return true;
  const lastSpace = key.lastIndexOf(' ');
  return lastSpace > 0 && DESK_WORDS.has(key.slice(lastSpace + 1));
}

/** Lower case, dots dropped, white space collapsed: "The  A.P." → "the ap". */
function normaliseName(name: string): string {
  let out = '';
  let space = false;
  for (const char of name.toLowerCase()) {
    if (char === '.') continue;
    if (char === ' ' || char === '\t' || char === '\n' || char === '\u00a0') {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += char;
  }
  return out;
}
