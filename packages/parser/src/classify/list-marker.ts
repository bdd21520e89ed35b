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

/** Characters the list marker at the start of `text` and its spaces take, or 0 when there is none. */
export function listMarkerLength(text: string): number {
  const first = text[0];
  if (first === undefined) return 0;
  if (BULLETS.includes(first)) {
    if (text[1] !== ' ' || text.length < 3) return 0;
    let length = 2;
    while (text[length] === ' ') length++;
    return length;
  }
  let i = 0;
  while (i < 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === 0 || (text[i] !== '.' && text[i] !== ')') || text[i + 1] !== ' ') return 0;
  let length = i + 2;
  while (text[length] === ' ') length++;
  return length;
}
