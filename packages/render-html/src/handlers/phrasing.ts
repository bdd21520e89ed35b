import type { Break, Emphasis, InlineCode, Strong, Text } from '@copydesk/model';
import { h, text as textNode } from '../html-tree.js';
import type { Handler } from '../state.js';

/** Text: escaped by the serializer like all text. */
export const text: Handler<Text> = (node) => [textNode(node.value)];

/** Stress emphasis: `<em>`. */
export const emphasis: Handler<Emphasis> = (node, state) => [h('em', {}, state.all(node.children))];

/** Strong importance: `<strong>`. */
export const strong: Handler<Strong> = (node, state) => [h('strong', {}, state.all(node.children))];

/** A hard line break: `<br>`. */
export const lineBreak: Handler<Break> = () => [h('br')];

/** Literal text: `<code>`. */
export const code: Handler<InlineCode> = (node) => [h('code', {}, node.value)];
