import type { Emphasis, Strong } from '@copydesk/model/core';
import { classifyCharacter, firstCodePoint, lastCodePoint } from './character-class.js';
import { containerPhrasing } from './container-phrasing.js';
import type { State } from './state.js';

type Marker = '*' | '_';

const OTHER: Record<Marker, Marker> = { '*': '_', _: '*' };

interface MarkerChoice {
  marker: Marker;
  /** The marker works next to a letter only once that letter is a character reference. */
  encodeNeighbours: boolean;
}

/**
 * The marker for emphasis or strong between `before` and `after`: never the character of a
 * neighbouring delimiter (the runs would merge: `***` is ambiguous); the preferred one unless
 * nested in a run of the same marker (the other reads better); next to a letter, `_` or the
 * enclosing marker only when nothing else fits, with the letter encoded.
 */
function chooseMarker(preferred: Marker, before: string | undefined, after: string | undefined, enclosing: string | undefined): MarkerChoice {
  const other = OTHER[preferred];
  const order: Marker[] = enclosing === preferred ? [other, preferred] : [preferred, other];
  let fallback: MarkerChoice | undefined;
  for (const marker of order) {
    if (before === marker || after === marker) continue;
    // Next to a letter a run is both-flanking: `_` then neither opens nor closes, and a run of
    // the enclosing marker could close the enclosing emphasis instead.
    const nextToLetter = classifyCharacter(before) === 'other' || classifyCharacter(after) === 'other';
    const intraword = nextToLetter && (marker === '_' || marker === enclosing);
    if (!intraword) return { marker, encodeNeighbours: false };
    fallback ??= { marker, encodeNeighbours: true };
  }
  return fallback ?? { marker: preferred, encodeNeighbours: false };
}

/**
 * Write emphasis or strong so that its delimiters really open and close (spec 6.2): content
 * that starts or ends with white space gets that character as a reference (by `safe`); content that
 * starts with punctuation right after a letter asks for the letter to be encoded (and the
 * mirror image at the end), because a run is only left-flanking there if what precedes it is
 * white space or punctuation.
 */
export function attention(node: Emphasis | Strong, state: State): string {
  if (node.children.length === 0) return '';
  const preferred = node.type === 'emphasis' ? state.options.emphasis : state.options.strong;
  const before = state.before;
  const after = state.after;
  const { marker, encodeNeighbours } = chooseMarker(preferred, before, after, state.enclosingMarker);
  const sequence = node.type === 'emphasis' ? marker : marker + marker;
  const enclosing = state.enclosingMarker;
  state.enclosingMarker = marker;
  // White space at the content's edges is written as references by the text there.
  const inner = containerPhrasing(node.children, state, { before: marker, after: marker, attention: true });
  state.enclosingMarker = enclosing;
  if (inner === '') return '';

  const opening = firstCodePoint(inner);
  const closing = lastCodePoint(inner);
  const letterBefore = classifyCharacter(before) === 'other';
  const letterAfter = classifyCharacter(after) === 'other';
  if (letterBefore && (encodeNeighbours || classifyCharacter(opening) === 'punctuation')) state.encodeBefore = true;
  if (letterAfter && (encodeNeighbours || classifyCharacter(closing) === 'punctuation')) state.encodeNextFirst = true;
  return sequence + inner + sequence;
}
