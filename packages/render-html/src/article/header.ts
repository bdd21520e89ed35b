import type { Meta } from '@copydesk/model/core';
import { element, type HtmlElement, type HtmlMarkup, type HtmlNode, h, NO_ATTRIBUTES } from '../html-tree.js';
import { detachTextBlock } from '../serialize.js';
import { renderFigure } from '../handlers/figure.js';
import type { RenderState } from '../state.js';
import { renderByline } from './byline.js';
import { renderTime } from './dates.js';

/**
 * `<header>`: the title as the top heading, the dek, the byline, the dates and the lead image.
 * Nothing when the article has none of them.
 */
export function renderHeader(meta: Meta, state: RenderState): HtmlElement | undefined {
  const title = meta.title?.trim();
  const subtitle = meta.subtitle?.trim();
  const lead = meta.leadImage ? renderFigure(meta.leadImage, state, true) : undefined;
  const children = [
    // The title is one text: written at once, as a paragraph of the body is.
    title && detachTextBlock(state.headingName(1), title),
    subtitle && h('p', { class: state.className('dek') }, subtitle),
    renderByline(meta.authors, state),
    renderDates(meta, state),
    lead,
  ].filter((child): child is HtmlElement | HtmlMarkup => child !== undefined && child !== '');
  return children.length > 0 ? element('header', NO_ATTRIBUTES, children) : undefined;
}

/** `<time>November 1, 2016</time> · Updated <time>November 2, 2016</time>`. */
function renderDates(meta: Meta, state: RenderState): HtmlElement | undefined {
  const children: HtmlNode[] = [];
  if (meta.published) children.push(renderTime(meta.published, state, 'published'));
  if (meta.modified && meta.modified !== meta.published) {
    if (children.length > 0) children.push({ type: 'text', value: ' · ' });
    children.push({ type: 'text', value: `${state.options.labels.updated} ` }, renderTime(meta.modified, state, 'modified'));
  }
  return children.length > 0 ? h('p', { class: state.className('dates') }, children) : undefined;
}
