import type { Text } from '@copydesk/model/core';
import { classifyCharacter } from '../character-class.js';
import { safeIn } from '../safe.js';
import { BREAK_OPPORTUNITY, type State } from '../state.js';

/** Single spaces between two characters that are not white space: where a wrapped paragraph may break. */
function markBreakOpportunities(value: string): string {
  let out = '';
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] as string;
    const previous = value[index - 1];
    const next = value[index + 1];
    const breakable =
      character === ' ' && classifyCharacter(previous) !== 'whitespace' && classifyCharacter(next) !== 'whitespace';
    out += breakable ? BREAK_OPPORTUNITY : character;
  }
  return out;
}

/** Text: everything escaped by `safe` for the constructs it is in. */
export function text(node: Text, state: State): string {
  const encodeFirst = state.encodeNextFirst;
  state.encodeNextFirst = false;
  const gfm = state.options.flavor === 'gfm';
  const value = safeIn(node.value, state.constructs, gfm, state.before, state.after, encodeFirst, state.attentionStart, state.attentionEnd);
  return state.wrapping ? markBreakOpportunities(value) : value;
}
