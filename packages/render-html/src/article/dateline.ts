import type { Dateline, Paragraph } from '@copydesk/model/core';
import { type HtmlElement, h } from '../html-tree.js';
import type { RenderState } from '../state.js';

/**
 * The dateline as the lead-in of the first paragraph:
 * `<span class="copydesk-dateline">LISBON (Reuters) –</span> `. The text is the dateline as
 * written, except that a spaced hyphen at its end is set as an en dash, as wire style prints
 * it. A dateline without text is rebuilt from its parts.
 */
export function renderDateline(dateline: Dateline, state: RenderState): HtmlElement | undefined {
  let value = dateline.text.trim();
  if (value === '') {
    const parts = [dateline.place, dateline.date].filter((part): part is string => !!part?.trim());
    const agency = dateline.agency?.trim();
    value = parts.join(', ') + (agency ? `${parts.length > 0 ? ' ' : ''}(${agency})` : '');
    if (value === '') return undefined;
    value += ' –';
  } else if (value.endsWith(' -')) {
    value = `${value.slice(0, -1)}–`;
  }
  return h('span', { class: state.className('dateline') }, value);
}

/**
 * The paragraph without the dateline, when the paragraph still starts with it (the parser
 * takes it off; a hand-made model may not), so it is not written twice.
 */
export function withoutDateline(paragraph: Paragraph, dateline: Dateline): Paragraph {
  const prefix = dateline.text.trim();
  const first = paragraph.children[0];
  if (prefix === '' || first?.type !== 'text' || !first.value.startsWith(prefix)) return paragraph;
  const rest = first.value.slice(prefix.length).trimStart();
  const children = rest === '' ? paragraph.children.slice(1) : [{ ...first, value: rest }, ...paragraph.children.slice(1)];
  return { ...paragraph, children };
}
