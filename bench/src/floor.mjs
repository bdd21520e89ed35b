// The naive floor: the least work a text-to-HTML job can do in JavaScript. Split on blank lines,
// escape & < > ", wrap each block in <p>. No classification, no positions, no tree: the speed
// limit every real converter is measured against.

const AMP = 38; // &
const LT = 60; // <
const GT = 62; // >
const QUOT = 34; // "

/** Escapes `& < > "` with one scan, copying unchanged runs by slice. */
export function escapeHtml(text) {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let entity;
    if (code === AMP) entity = '&amp;';
    else if (code === LT) entity = '&lt;';
    else if (code === GT) entity = '&gt;';
    else if (code === QUOT) entity = '&quot;';
    else continue;
    out += text.slice(last, i) + entity;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Markdown (or plain text) to HTML the naive way.
 * @example floorHtml('a & b\n\nc') // '<p>a &amp; b</p>\n<p>c</p>\n'
 */
export function floorHtml(text) {
  let html = '';
  for (const block of text.split('\n\n')) {
    const trimmed = block.trim();
    if (trimmed !== '') html += `<p>${escapeHtml(trimmed)}</p>\n`;
  }
  return html;
}
