import type { Text } from '@copydesk/model';
import { safe } from '../safe.js';
import { BREAK_OPPORTUNITY, type State } from '../state.js';

/** Single spaces between two visible characters: where a wrapped paragraph may break. */
function markBreakOpportunities(value: string): string {
  let out = '';
  for (let index = 0; index < value.length; index += 1) {
    const character = value[index] as string;
    const previous = value[index - 1];
    const next = value[index + 1];
    const breakable =
      character === ' ' && previous !== undefined && next !== undefined && previous !== ' ' && previous !== '\n' && next !== ' ' && next !== '\n';
    out += breakable ? BREAK_OPPORTUNITY : character;
  }
  return out;
}

/** Text: everything escaped by `safe` for the constructs it is in. */
export function text(node: Text, state: State): string {
  const encodeFirst = state.encodeNextFirst;
  state.encodeNextFirst = false;
  const value = safe(node.value, {
    constructs: state.constructs,
    before: state.before,
    after: state.after,
    gfm: state.options.flavor === 'gfm',
    encodeFirst,
  });
  return state.wrapping ? markBreakOpportunities(value) : value;
}
