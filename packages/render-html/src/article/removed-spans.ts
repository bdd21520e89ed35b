import type { Removed } from '@copydesk/model/core';
import { type HtmlElement, h } from '../html-tree.js';
import type { RenderState } from '../state.js';

/**
 * With `includeRemoved`, the spans the parser set aside, for review:
 * `<aside class="copydesk-removed" hidden><p data-kind="promo" data-reason="…">…</p></aside>`.
 * `hidden` keeps them off the page and out of the accessibility tree while a script or a
 * stylesheet (`[hidden] { display: block }`) can still show them; their text is escaped like
 * any other text, which HTML comments could not guarantee.
 */
export function renderRemovedSpans(removed: readonly Removed[], state: RenderState): HtmlElement | undefined {
  if (!state.options.includeRemoved || removed.length === 0) return undefined;
  return h(
    'aside',
    { class: state.className('removed'), hidden: true },
    removed.map((span) => h('p', { 'data-kind': span.kind, 'data-rule': span.rule, 'data-reason': span.reason }, span.text)),
  );
}
