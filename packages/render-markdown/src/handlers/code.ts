import type { InlineCode } from '@copydesk/model/core';
import type { State } from '../state.js';

/** Line endings inside code are read as spaces (spec 6.1), and could start a block: write spaces. */
function withoutLineEndings(value: string): string {
  let out = '';
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] as string;
    if (character === '\r' && value[index + 1] === '\n') continue;
    out += character === '\n' || character === '\r' ? ' ' : character;
  }
  return out;
}

/** The shortest backtick fence that no run of backticks inside the code equals. */
function fenceFor(value: string): string {
  const runs = new Set<number>();
  let run = 0;
  for (let index = 0; index <= value.length; index += 1) {
    if (value[index] === '`') run += 1;
    else if (run > 0) {
      runs.add(run);
      run = 0;
    }
  }
  let size = 1;
  while (runs.has(size)) size += 1;
  return '`'.repeat(size);
}

/**
 * Inline code between backtick fences, padded with a space when the code starts or ends with
 * a backtick or has a space at both ends (parsers strip one space from each end then). Empty
 * code cannot be written and is left out.
 */
export function code(node: InlineCode, _state: State): string {
  const value = withoutLineEndings(node.value);
  if (value === '') return '';
  const fence = fenceFor(value);
  // Only U+0020 counts here (spec 6.1): a no-break or em space is content.
  let allSpaces = true;
  for (let index = 0; index < value.length && allSpaces; index += 1) allSpaces = value.charCodeAt(index) === 0x20;
  const pad = value.startsWith('`') || value.endsWith('`') || (value.startsWith(' ') && value.endsWith(' ') && !allSpaces);
  return pad ? `${fence} ${value} ${fence}` : `${fence}${value}${fence}`;
}
