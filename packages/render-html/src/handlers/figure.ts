import type { Figure } from '@copydesk/model/core';
import { type HtmlElement, type HtmlNode, h } from '../html-tree.js';
import type { Handler, RenderState } from '../state.js';

/** A figure in the body; see {@link renderFigure}. */
export const figure: Handler<Figure> = (node, state) => {
  const element = renderFigure(node, state, false);
  return element ? [element] : [];
};

/**
 * `<figure>` with an `<img>` when there is an allowed image URL, and a `<figcaption>` with the
 * caption and the credit in its own `<small>` (HTML's element for attribution). A figure with
 * neither image, caption nor credit writes nothing. The lead image is loaded eagerly; figures
 * further down lazily.
 */
export function renderFigure(node: Figure, state: RenderState, lead: boolean): HtmlElement | undefined {
  const src = state.url(node.image?.url, 'src', lead ? 'the lead image' : 'an image');
  const img =
    src === undefined
      ? undefined
      : h('img', {
          src,
          // A figure's caption describes the picture for everyone; an empty alt is valid then.
          alt: node.image?.alt ?? '',
          title: node.image?.title,
          loading: lead ? undefined : 'lazy',
          decoding: 'async',
        });
  const caption: HtmlNode[] = node.caption && node.caption.length > 0 ? state.all(node.caption) : [];
  const credit = node.credit?.trim();
  if (credit) {
    if (caption.length > 0) caption.push({ type: 'text', value: ' ' });
    caption.push(h('small', { class: state.className('credit') }, credit));
  }
  if (img === undefined && caption.length === 0) return undefined;
  const classes = [lead ? state.className('lead') : undefined, img === undefined ? state.className('no-image') : undefined].filter(Boolean);
  return h(
    'figure',
    { class: classes.length > 0 ? classes.join(' ') : undefined },
    img,
    caption.length > 0 && h('figcaption', {}, caption),
  );
}
