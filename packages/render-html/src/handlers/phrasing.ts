import type { Break, Emphasis, InlineCode, Strong, Text } from '@copydesk/model/core';
import { element, h, NO_ATTRIBUTES, text as textNode } from '../html-tree.js';
import type { Handler } from '../state.js';

/** Text: escaped by the serializer like all text. */
export const text: Handler<Text> = (node) => [textNode(node.value)];

/** Stress emphasis: `<em>`. */
export const emphasis: Handler<Emphasis> = (node, state) => [element('em', NO_ATTRIBUTES, state.all(node.children))];

/** Strong importance: `<strong>`. */
export const strong: Handler<Strong> = (node, state) => [element('strong', NO_ATTRIBUTES, state.all(node.children))];

/** A hard line break: `<br>`. */
export const lineBreak: Handler<Break> = () => [h('br')];

/** Literal text: `<code>`. */
export const code: Handler<InlineCode> = (node) => [h('code', {}, node.value)];
