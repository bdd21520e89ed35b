import type { Removed } from '@copydesk/model/core';

/**
 * A JSON string that is safe inside an HTML comment: no `--` (which would end or break the
 * comment) and no `<` or `>`. Both are written as JSON `\u` escapes, so `JSON.parse` reads the
 * original text back.
 */
function commentSafeJson(value: string): string {
  const json = JSON.stringify(value);
  let out = '';
  for (let index = 0; index < json.length; index += 1) {
    const character = json[index] as string;
    if (character === '-' && json[index - 1] === '-') out += '\\u002d';
    else if (character === '<') out += '\\u003c';
    else if (character === '>') out += '\\u003e';
    else out += character;
  }
  return out;
}

/**
 * A removed span as an HTML comment on one line:
 * `<!-- removed promo: "Support the IDF Today" reason: "A call to action…" -->`.
 * The text and the reason are JSON strings (see `commentSafeJson`).
 */
export function removedComment(span: Removed): string {
  return `<!-- removed ${span.kind}: ${commentSafeJson(span.text)} reason: ${commentSafeJson(span.reason)} -->`;
}
