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
  const first = text[0];
  if (first === undefined) return undefined;
  if (BULLETS.includes(first)) {
    if (text[1] !== ' ' || text.length < 3) return undefined;
    let length = 2;
    while (text[length] === ' ') length++;
    return { ordered: false, length };
  }
  let i = 0;
  while (i < 3 && isDigit(text.charCodeAt(i))) i++;
  if (i === 0 || (text[i] !== '.' && text[i] !== ')') || text[i + 1] !== ' ') return undefined;
  let length = i + 2;
  while (text[length] === ' ') length++;
  return { ordered: true, start: Number(text.slice(0, i)), length };
}

