import { CharClass, charClass } from './char-class.js';

/**
 * Where {@link charClass} can answer anything but `Plain`: its table below U+0100 and the few
 * code points it tests above. Only these are scanned when the pattern is built (the whole BMP
 * would cost milliseconds at every start); a test checks the pattern over the whole BMP.
 */
const CANDIDATES: readonly (readonly [number, number])[] = [
  [0x0000, 0x00ff],
  [0x1680, 0x1680],
  [0x2000, 0x206f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/**
 * Every code unit the normalisation pass must look at: exactly those whose {@link charClass}
 * is not `Plain`, as ranges of one character class (no `u` flag: one code unit per match).
 *
 * Built from `charClass` itself, so the two cannot disagree. Exactness matters for speed:
 * curly quotes, dashes and the ellipsis (General Punctuation, U+2010–U+2027) are plain and by
 * far the most common characters outside ASCII in news text; a stop at each of them cost a
 * return from the native search and a call for nothing.
 */
export const FAST_PATH_STOP: RegExp = buildStopPattern();

function buildStopPattern(): RegExp {
  let members = '';
  for (const [from, to] of CANDIDATES) {
    let c = from;
    while (c <= to) {
      if (charClass(c) === CharClass.Plain) {
        c++;
        continue;
      }
      const first = c;
      while (c + 1 <= to && charClass(c + 1) !== CharClass.Plain) c++;
      members += c === first ? classEscape(first) : `${classEscape(first)}-${classEscape(c)}`;
      c++;
    }
  }
  return new RegExp(`[${members}]`, 'g');
}

function classEscape(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`;
}
