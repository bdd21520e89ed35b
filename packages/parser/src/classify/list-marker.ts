import { isDigit } from '../text/characters.js';

/** A list item's marker: bullet or number, and how many characters it takes. */
export interface ListMarker {
  ordered: boolean;
  start?: number;
  /** Characters the marker and its space take. */
  length: number;
}

/** Bullets that open list items in plain text. */
const BULLETS = '-*•·▪‣◦●■►✓✔';

/** `- item`, `• item`, `1. item`, `2) item`; `undefined` for anything else. */
export function listMarker(text: string): ListMarker | undefined {
  const length = listMarkerLength(text);
  if (length === 0) return undefined;
  if (BULLETS.includes(text[0]!)) return { ordered: false, length };
  let digits = 0;
  while (isDigit(text.charCodeAt(digits))) digits++;
  return { ordered: true, start: Number(text.slice(0, digits)), length };
}

/** Does `text` open with a list marker, and of which kind? Asked of every line: no object is made. */
export function listMarkerKind(text: string): 'bullet' | 'number' | undefined {
  if (listMarkerLength(text) === 0) return undefined;
  return BULLETS.includes(text[0]!) ? 'bullet' : 'number';
}

/** The bullets as code units (each is one), for a test without making a string. */
const BULLET_CODES: readonly number[] = Array.from(BULLETS, (bullet) => bullet.charCodeAt(0));

function isBullet(code: number): boolean {
  for (let k = 0; k < BULLET_CODES.length; k++) if (BULLET_CODES[k] === code) return true;
  return false;
}

/**
 * Characters the list marker at the start of `text` and its spaces take, or 0 when there is
 * none. Asked of nearly every line, by character codes, and never past the text's end (a read
 * there gives `undefined` or NaN, and optimised code that meets one is thrown away).
 */
export function listMarkerLength(text: string): number {
  const size = text.length;
  if (size === 0) return 0;
  if (isBullet(text.charCodeAt(0))) {
    if (size < 3 || text.charCodeAt(1) !== 32) return 0;
    let length = 2;
    while (length < size && text.charCodeAt(length) === 32) length++;
    return length;
  }
  let i = 0;
  while (i < 3 && i < size && isDigit(text.charCodeAt(i))) i++;
  if (i === 0 || i + 1 >= size) return 0;
  const mark = text.charCodeAt(i);
  if ((mark !== 46 /* . */ && mark !== 41) /* ) */ || text.charCodeAt(i + 1) !== 32) return 0;
  let length = i + 2;
  while (length < size && text.charCodeAt(length) === 32) length++;
  return length;
}
