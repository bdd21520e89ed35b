/**
 * Shorten `text` to at most `maxLength` UTF-16 units, cutting at the last white space before the
 * limit (never inside a word unless the first word alone is too long) and ending with `…`.
 * Text already short enough comes back unchanged. A surrogate pair is never split.
 *
 * @example
 * excerpt('The army said on Monday', 12) // 'The army…'
 */
export function excerpt(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  // Leave room for the ellipsis.
  const limit = Math.max(1, maxLength - 1);
  let cut = -1;
  for (let i = limit; i > 0; i -= 1) {
    if (isSpace(text.charCodeAt(i))) {
      cut = i;
      break;
    }
  }
  if (cut <= 0) cut = limit;
  // Do not leave half of a surrogate pair at the end.
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  let end = cut;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || isTrailingPunctuation(text.charCodeAt(end - 1)))) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Collapse every run of white space (line breaks included) into one space and trim the ends.
 * With `enough`, stop once the result holds at least that many characters: what comes back is
 * then the start of the full result, for callers that read only the start of a long text.
 *
 * @example
 * collapseWhiteSpace('  a \n\n b  ') // 'a b'
 * collapseWhiteSpace('a  b  c  d', 3) // 'a b'
 */
export function collapseWhiteSpace(text: string, enough = Number.POSITIVE_INFINITY): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  // Copy the text between runs that must change as slices: most text has only single spaces
  // between words, which stay as they are, so it comes back in one piece.
  let out = '';
  let from = start;
  for (let i = start; i < end; i += 1) {
    // Everything from `from` to `i` is kept as it is, so this is the start of the full result.
    if (out.length + (i - from) >= enough) return out + text.slice(from, i);
    const code = text.charCodeAt(i);
    if (!isSpace(code) || (code === 0x20 && !isSpace(text.charCodeAt(i + 1)))) continue;
    // The run ends before `end`, which is not white space.
    let next = i + 1;
    while (isSpace(text.charCodeAt(next))) next += 1;
    out += `${text.slice(from, i)} `;
    from = next;
    i = next - 1;
  }
  return out + text.slice(from, end);
}

function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

/** Punctuation that reads badly right before an ellipsis: `said,…`. */
function isTrailingPunctuation(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2d || code === 0x2013 || code === 0x2014;
}
