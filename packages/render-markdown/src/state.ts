import type { Node } from '@copydesk/model/core';
import type { ResolvedOptions } from './options.js';
import type { Construct } from './unsafe.js';

/** What handlers share while one article is rendered. */
export interface State {
  readonly options: ResolvedOptions;
  /** Render any node through the handler map. */
  readonly handle: (node: Node, state: State) => string;
  /** Constructs the current phrasing is inside (`phrasing`, `label`, `headingAtx`); never changed in place. */
  constructs: readonly Construct[];
  /** The character written just before the current inline node; `undefined` at a line start. */
  before: string | undefined;
  /** The first character the next sibling will write (see `peek`); `undefined` at a line end. */
  after: string | undefined;
  /** Set by emphasis that cannot open after a letter: re-encode the last character written. */
  encodeBefore: boolean;
  /** Set by emphasis that cannot close before a letter: encode the next text's first character. */
  encodeNextFirst: boolean;
  /** The current inline node is first (or last) inside emphasis or strong: no white space at that edge. */
  attentionStart: boolean;
  attentionEnd: boolean;
  /** Marker of the innermost emphasis or strong being written. */
  enclosingMarker: string | undefined;
  /** Text marks break opportunities for the paragraph being wrapped (see `wrap.ts`). */
  wrapping: boolean;
  /** Columns taken by the block quote and list prefixes around the current block. */
  indent: number;
  /** Marker of the innermost list item being written, so a thematic break there differs. */
  bullet: string | undefined;
  /** Set by the flow container when a list directly follows another of the same kind. */
  otherBullet: boolean;
}

/** Break opportunity left by text in a wrapped paragraph; `safe` never writes U+0000. */
export const BREAK_OPPORTUNITY = '\0';

/**
 * The constructs of a paragraph's phrasing and of an ATX heading's, made once: a render sets
 * one of them for every block, and a construct list is never changed in place (a link inside
 * makes a new one).
 */
export const PARAGRAPH_CONSTRUCTS: readonly Construct[] = Object.freeze(['phrasing']);
export const ATX_HEADING_CONSTRUCTS: readonly Construct[] = Object.freeze(['phrasing', 'headingAtx']);
