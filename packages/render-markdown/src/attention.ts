import type { Emphasis, Strong } from '@copydesk/model';
import { characterReference, classifyCharacter, firstCodePoint, lastCodePoint } from './character-class.js';
import { containerPhrasing } from './container-phrasing.js';
import type { State } from './state.js';

type Marker = '*' | '_';

const OTHER: Record<Marker, Marker> = { '*': '_', _: '*' };

/**
 * The marker for emphasis or strong between `before` and `after`: the preferred one unless a
 * neighbour is the same character (the runs would merge: `***` is ambiguous) or, for `_`, a
 * neighbour is a letter (an intraword `_` neither opens nor closes). Nested inside a run of the
 * same marker, the other marker is preferred, for readers.
 */
function chooseMarker(preferred: Marker, before: string | undefined, after: string | undefined, enclosing: string | undefined): Marker {
  const fits = (marker: Marker): boolean => {
    if (before === marker || after === marker) return false;
    if (marker === '_' && (classifyCharacter(before) === 'other' || classifyCharacter(after) === 'other')) return false;
    return true;
  };
  const other = OTHER[preferred];
  // Inside emphasis or strong written with the same marker, the other one reads better.
  if (enclosing === preferred && fits(other)) return other;
  if (fits(preferred)) return preferred;
  return fits(other) ? other : preferred;
}

/**
 * Write emphasis or strong so that its delimiters really open and close (spec 6.2): content
 * that starts or ends with white space gets that character as a reference; content that
 * starts with punctuation right after a letter asks for the letter to be encoded (and the
 * mirror image at the end), because a run is only left-flanking there if what precedes it is
 * white space or punctuation.
 */
export function attention(node: Emphasis | Strong, state: State): string {
  if (node.children.length === 0) return '';
  const preferred = node.type === 'emphasis' ? state.options.emphasis : state.options.strong;
  const before = state.before;
  const after = state.after;
  const marker = chooseMarker(preferred, before, after, state.enclosingMarker);
  const sequence = node.type === 'emphasis' ? marker : marker + marker;
  const enclosing = state.enclosingMarker;
  state.enclosingMarker = marker;
  let inner = containerPhrasing(node.children, state, { before: marker, after: marker });
  state.enclosingMarker = enclosing;
  if (inner === '') return '';

  const first = firstCodePoint(inner) as string;
  if (classifyCharacter(first) === 'whitespace') inner = characterReference(first) + inner.slice(first.length);
  const last = lastCodePoint(inner) as string;
  if (classifyCharacter(last) === 'whitespace') inner = inner.slice(0, inner.length - last.length) + characterReference(last);

  const opening = firstCodePoint(inner);
  const closing = lastCodePoint(inner);
  if (classifyCharacter(opening) === 'punctuation' && classifyCharacter(before) === 'other') state.encodeBefore = true;
  if (classifyCharacter(closing) === 'punctuation' && classifyCharacter(after) === 'other') state.encodeNextFirst = true;
  return sequence + inner + sequence;
}
