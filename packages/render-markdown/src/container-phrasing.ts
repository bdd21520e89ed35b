import type { Inline } from '@copydesk/model';
import { characterReference, firstCodePoint, lastCodePoint } from './character-class.js';
import { linkForm } from './link-form.js';
import { BREAK_OPPORTUNITY, type State } from './state.js';

/**
 * The first character `node` will write, without writing it: what text just before it must
 * know to decide its own escapes (`!` before `[`, `_` next to a letter, a trailing `\`).
 */
export function peek(node: Inline, state: State): string | undefined {
  switch (node.type) {
    case 'text':
      return firstCodePoint(node.value);
    case 'emphasis':
      return state.options.emphasis;
    case 'strong':
      return state.options.strong;
    case 'code':
      return '`';
    case 'break':
      return state.constructs.includes('headingAtx') ? '<' : '\\';
    case 'link': {
      const form = linkForm(node);
      if (form === 'autolink') return '<';
      if (form === 'link') return '[';
      const first = node.children[0];
      return first ? peek(first, state) : undefined;
    }
  }
}

/** Break opportunities and line starts read as spaces. */
function visible(character: string | undefined): string | undefined {
  return character === BREAK_OPPORTUNITY ? ' ' : character;
}

/**
 * Write phrasing content: each child sees the character before it (`state.before`) and the
 * one after it (`state.after`), so escaping and emphasis markers can depend on neighbours.
 * `edges` are the characters around the whole run (`undefined` for a line edge); a
 * `transparent` run is written straight into its parent's (a link written as its text).
 */
export function containerPhrasing(
  children: readonly Inline[],
  state: State,
  edges: { before: string | undefined; after: string | undefined; transparent?: boolean },
): string {
  const saved = { before: state.before, after: state.after };
  let out = '';
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index] as Inline;
    const next = children[index + 1];
    state.before = out === '' ? edges.before : visible(lastCodePoint(out));
    state.after = next === undefined ? edges.after : peek(next, state);
    const value = state.handle(child, state);
    if (state.encodeBefore && out !== '') {
      // Emphasis cannot open right after a letter when its content starts with punctuation:
      // the letter (always literal text) becomes a character reference, which is punctuation.
      // With nothing written yet here, the request goes up to the enclosing run.
      state.encodeBefore = false;
      const last = lastCodePoint(out) as string;
      out = out.slice(0, out.length - last.length) + characterReference(last);
    }
    out += value;
  }
  // A run inside a construct ends at a delimiter, never at text, so a pending request has no
  // one to serve; a transparent run (a link written as its text) passes it on.
  if (!edges.transparent) {
    state.encodeNextFirst = false;
    state.encodeBefore = false;
  }
  state.before = saved.before;
  state.after = saved.after;
  return out;
}

/** Drop hard breaks at the edges of a block: CommonMark cannot hold them there. */
export function trimBreaks(children: readonly Inline[]): readonly Inline[] {
  let start = 0;
  let end = children.length;
  while (start < end && children[start]?.type === 'break') start += 1;
  while (end > start && children[end - 1]?.type === 'break') end -= 1;
  return start === 0 && end === children.length ? children : children.slice(start, end);
}
