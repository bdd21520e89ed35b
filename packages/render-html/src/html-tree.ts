import type { SafeUrl } from './escape.js';

/**
 * The small HTML tree handlers build and the serializer writes. Handlers never produce markup
 * strings: text and attribute values are escaped once, by the serializer, and `href`/`src`
 * accept only a {@link SafeUrl}, so an unchecked URL is a compile error.
 */
export type HtmlNode = HtmlElement | HtmlText | HtmlRawText | HtmlMarkup;

/** Attribute values: a string, `true` for a boolean attribute, `undefined` to leave it out. */
export interface HtmlAttributes {
  href?: SafeUrl | undefined;
  src?: SafeUrl | undefined;
  [name: string]: string | true | undefined;
}

export interface HtmlElement {
  type: 'element';
  name: string;
  attributes: HtmlAttributes;
  children: HtmlNode[];
}

export interface HtmlText {
  type: 'text';
  value: string;
}

/**
 * Text written as is: only for the content of the `<script type="application/ld+json">` and
 * `<style>` elements this package makes, which cannot hold character references. The
 * serializer refuses raw text that could close its element.
 */
export interface HtmlRawText {
  type: 'raw';
  value: string;
}

/** HTML the serializer has already written; only `serialize.ts` makes one (see {@link HtmlMarkup}). */
export type Markup = string & { readonly __markup: true };

/**
 * A block-level element the serializer has already written, because its HTML is the same in
 * compact and pretty mode (see `detachBlock` in `serialize.ts`): `start`, `text` and `end` in a
 * row. A long article is mostly such blocks, and most of them are one element around one text:
 * then `start` and `end` are the element's shared tags and `text` the escaped text, most often
 * the model's own string, so the block costs this one object instead of an element with its
 * children and text, and no new string until the page is written. Other blocks are written
 * whole into `start`, with the other two empty.
 */
export interface HtmlMarkup {
  type: 'markup';
  start: Markup;
  text: Markup;
  end: Markup;
}

/** Children may be given as strings (text) and may contain `undefined`/`false` to skip. */
export type HtmlChild = HtmlNode | string | undefined | false;

/**
 * Make an element.
 *
 * @example
 * h('p', { class: 'dek' }, 'A dek')
 */
export function h(name: string, attributes: HtmlAttributes = {}, ...children: (HtmlChild | readonly HtmlChild[])[]): HtmlElement {
  const out: HtmlNode[] = [];
  for (const child of children) {
    if (Array.isArray(child)) for (const c of child as readonly HtmlChild[]) pushChild(out, c);
    else pushChild(out, child as HtmlChild);
  }
  return { type: 'element', name, attributes, children: out };
}

/** No attributes: one shared object, as nothing changes an element's attributes once it is made. */
export const NO_ATTRIBUTES: HtmlAttributes = Object.freeze({}) as HtmlAttributes;

/**
 * Make an element around `children`, keeping the array rather than copying it as `h` does:
 * for a handler passing the array it has just built (`state.all`) and does not touch again.
 * A long list is tens of thousands of items, and each copy is more garbage to collect.
 */
export function element(name: string, attributes: HtmlAttributes, children: HtmlNode[]): HtmlElement {
  return { type: 'element', name, attributes, children };
}

function pushChild(out: HtmlNode[], child: HtmlChild): void {
  if (child === undefined || child === false) return;
  out.push(typeof child === 'string' ? { type: 'text', value: child } : child);
}

/** A text node. */
export function text(value: string): HtmlText {
  return { type: 'text', value };
}
