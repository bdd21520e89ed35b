import type { Inline } from '@copydesk/model/core';
import { characterReference, closeBackslashRun, firstCodePoint, isAsciiPunctuation, lastCodePoint } from './character-class.js';
import { text } from './handlers/text.js';
import { linkForm } from './link-form.js';
import { BREAK_OPPORTUNITY, type State } from './state.js';

/**
 * The first character `node` will write, without writing it: what text just before it must
 * know to decide its own escapes (`!` before `[`, `_` next to a letter, a trailing `\`).
 */
export function peek(node: Inline, state: State): string | undefined {
  switch (node.type) {
    case 'text': {
      // `*` is always escaped and `_` next to emphasis too: what is written first is `\`.
      const first = firstCodePoint(node.value);
      return first === '*' || first === '_' ? '\\' : first;
    }
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

/**
 * The character a neighbour sees at the end of `written`: a break opportunity is a space, and
 * a backslash-escaped character is no delimiter, so it is reported as the backslash.
 */
function lastWritten(written: string): string | undefined {
  const last = lastCodePoint(written);
  if (last === BREAK_OPPORTUNITY) return ' ';
  // Only ASCII punctuation can be escaped; `\a` is a backslash and a letter.
  if (last === undefined || !isAsciiPunctuation(last.charCodeAt(0))) return last;
  let backslashes = 0;
  while (backslashes < written.length - 1 && written.charCodeAt(written.length - 2 - backslashes) === 0x5c) backslashes += 1;
  return backslashes % 2 === 1 ? '\\' : last;
}

/** What surrounds the phrasing of a block: a line edge on both sides. Shared, as it never changes. */
export const BLOCK_EDGES: { readonly before: undefined; readonly after: undefined } = Object.freeze({ before: undefined, after: undefined });

/**
 * Write phrasing content: each child sees the character before it (`state.before`) and the
 * one after it (`state.after`), so escaping and emphasis markers can depend on neighbours.
 * `edges` are the characters around the whole run (`undefined` for a line edge); a
 * `transparent` run is written straight into its parent's (a link written as its text); an
 * `attention` run is the content of emphasis or strong.
 */
export function containerPhrasing(
  children: readonly Inline[],
  state: State,
  edges: { before: string | undefined; after: string | undefined; transparent?: boolean; attention?: boolean },
): string {
  const savedBefore = state.before;
  const savedAfter = state.after;
  // A transparent run takes the place of one node, so it inherits that node's edges.
  const inheritedStart = edges.transparent === true && state.attentionStart;
  const inheritedEnd = edges.transparent === true && state.attentionEnd;
  let out = '';
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index] as Inline;
    const next = children[index + 1];
    state.before = out === '' ? edges.before : lastWritten(out);
    state.after = next === undefined ? edges.after : peek(next, state);
    state.attentionStart = index === 0 && (edges.attention === true || inheritedStart);
    state.attentionEnd = next === undefined && (edges.attention === true || inheritedEnd);
    // Text, most of what phrasing holds, goes to its handler without the lookup by type.
    const value = child.type === 'text' ? text(child, state) : state.handle(child, state);
    state.attentionStart = false;
    state.attentionEnd = false;
    if (state.encodeBefore && out !== '') {
      // Emphasis cannot open right after a letter when its content starts with punctuation:
      // the letter (always literal text) becomes a character reference, which is punctuation.
      // With nothing written yet here, the request goes up to the enclosing run.
      state.encodeBefore = false;
      const last = lastCodePoint(out) as string;
      out = closeBackslashRun(out.slice(0, out.length - last.length)) + characterReference(last);
    }
    out += value;
  }
  // A run inside a construct ends at a delimiter, never at text, so a pending request has no
  // one to serve; a transparent run (a link written as its text) passes it on.
  if (!edges.transparent) {
    state.encodeNextFirst = false;
    state.encodeBefore = false;
  }
  state.before = savedBefore;
  state.after = savedAfter;
  return out;
}

/**
 * Phrasing as CommonMark can hold it: adjacent text is merged; nodes that write nothing
 * (empty text or code, a link whose URL is refused, written as its text) are left out; hard breaks at the edges of emphasis or
 * strong move just outside it (a delimiter run next to a line ending cannot open or close);
 * hard breaks at the edges of the block are dropped (a trailing backslash would be literal).
 */
export function blockPhrasing(children: readonly Inline[]): readonly Inline[] {
  return trimBreaks(isAlreadyFlat(children) ? children : hoistEdgeBreaks(children));
}

/**
 * True when `hoistEdgeBreaks` would return the same nodes: no empty text or code, no adjacent
 * text, nothing with children. Most paragraphs are one text node; they skip the copy.
 */
function isAlreadyFlat(children: readonly Inline[]): boolean {
  let previous: Inline | undefined;
  for (const child of children) {
    if (child.type === 'link' || child.type === 'emphasis' || child.type === 'strong') return false;
    if ((child.type === 'text' || child.type === 'code') && child.value === '') return false;
    if (child.type === 'text' && previous?.type === 'text') return false;
    previous = child;
  }
  return true;
}

function hoistEdgeBreaks(children: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const child of children) {
    if ((child.type === 'text' || child.type === 'code') && child.value === '') continue;
    const previous = out[out.length - 1];
    if (child.type === 'text' && previous?.type === 'text') {
      // One text, as the builders would have made it: escaping looks across the whole of it.
      out[out.length - 1] = { type: 'text', value: previous.value + child.value };
      continue;
    }
    if (child.type === 'link') {
      const children = hoistEdgeBreaks(child.children);
      if (linkForm(child) === 'text') out.push(...children);
      else out.push({ ...child, children });
      continue;
    }
    if (child.type !== 'emphasis' && child.type !== 'strong') {
      out.push(child);
      continue;
    }
    const inner = hoistEdgeBreaks(child.children);
    let start = 0;
    let end = inner.length;
    while (start < end && inner[start]?.type === 'break') start += 1;
    while (end > start && inner[end - 1]?.type === 'break') end -= 1;
    out.push(...inner.slice(0, start));
    if (end > start) out.push({ ...child, children: inner.slice(start, end) });
    out.push(...inner.slice(end));
  }
  return out;
}

/** Drop hard breaks at the edges of a block: CommonMark cannot hold them there. */
function trimBreaks(children: readonly Inline[]): readonly Inline[] {
  let start = 0;
  let end = children.length;
  while (start < end && children[start]?.type === 'break') start += 1;
  while (end > start && children[end - 1]?.type === 'break') end -= 1;
  return start === 0 && end === children.length ? children : children.slice(start, end);
}
