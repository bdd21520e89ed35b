import type { Article, Diagnostic, Node } from '@copydesk/model/core';
import { type SafeUrl, type UrlContext, safeUrl } from './escape.js';
import type { HtmlAttributes, HtmlNode } from './html-tree.js';
import type { ResolvedOptions } from './options.js';

/** What every handler gets: the options, the article, dispatch to other handlers, and reporting. */
export interface RenderState {
  readonly options: ResolvedOptions;
  readonly article: Article;
  /** The article's language when it is a well-formed BCP 47 tag. */
  readonly language: string | undefined;
  /** True while the children of a link are rendered (a link inside a link is unwrapped). */
  inLink: boolean;
  /** Render one node with its handler. */
  one(node: Node): HtmlNode[];
  /** Render nodes in order with their handlers, into a new array the caller may keep or change. */
  all(nodes: readonly Node[]): HtmlNode[];
  /** A class name with the configured prefix. */
  className(name: string): string;
  /**
   * `h1`…`h6` for a model heading depth (1 is the title), called in document order: the depth
   * plus `headingOffset`, at most `h6`, and never more than one level below the heading before
   * it (HTML does not allow skipped levels, so a depth-4 heading right after the title is `h2`).
   */
  headingName(depth: number): string;
  /**
   * The URL if its scheme is allowed in `context`, else `undefined` with a diagnostic that
   * names `where` it was found (so the text can be kept without the link).
   */
  url(raw: string | undefined, context: UrlContext, where: string): SafeUrl | undefined;
  /** Attributes of a link to `href`, with the configured `rel` after any `rel` of `extra`. */
  linkAttributes(href: SafeUrl, extra?: HtmlAttributes): HtmlAttributes;
  /** Report something the renderer left out or changed. */
  report(code: string, message: string): void;
}

/** Renders one node type; a handler returns nodes so it may give several or none. */
export type Handler<T extends Node> = (node: T, state: RenderState) => HtmlNode[];

/** One handler per node type: a node type without a handler here is a compile error. */
export type Handlers = { [Type in Node['type']]: Handler<Extract<Node, { type: Type }>> };

/**
 * Each handler table as a map from node type to handler, made once per table: one lookup per
 * node that sees only the table's own entries (no `toString` or `__proto__` to rule out), where
 * a property lookup by a different type at every node needs a second check for that.
 */
const HANDLER_MAPS = new WeakMap<Handlers, ReadonlyMap<unknown, Handler<Node>>>();

function handlerMap(handlers: Handlers): ReadonlyMap<unknown, Handler<Node>> {
  let map = HANDLER_MAPS.get(handlers);
  if (map === undefined) {
    map = new Map(Object.entries(handlers) as [string, Handler<Node>][]);
    HANDLER_MAPS.set(handlers, map);
  }
  return map;
}

/**
 * The state of one render. A class rather than an object of closures: a render would otherwise
 * make the object, its closures and their context for every article, all garbage once the
 * article is written.
 */
class HtmlRenderState implements RenderState {
  inLink = false;
  /** The level of the heading written last (see `headingName`). */
  private previousHeading: number | undefined = undefined;

  constructor(
    readonly article: Article,
    readonly options: ResolvedOptions,
    private readonly byType: ReadonlyMap<unknown, Handler<Node>>,
    readonly language: string | undefined,
  ) {}

  one(node: Node): HtmlNode[] {
    const handler = this.byType.get((node as { type?: unknown }).type);
    if (handler === undefined) {
      throw new TypeError(`renderHtml: cannot render a node of type ${JSON.stringify((node as { type?: unknown }).type)}`);
    }
    return handler(node, this);
  }

  all(nodes: readonly Node[]): HtmlNode[] {
    // Most paragraphs and list items hold one text: its handler's array is the answer. It has
    // room for that one node, where pushing to a new array reserves about sixteen, and the
    // tree keeps them all until it is written.
    if (nodes.length === 1) return this.one(nodes[0] as Node);
    const out: HtmlNode[] = [];
    for (const node of nodes) for (const html of this.one(node)) out.push(html);
    return out;
  }

  className(name: string): string {
    return this.options.classPrefix + name;
  }

  headingName(depth: number): string {
    let level = Math.min(6, Math.max(1, depth + this.options.headingOffset));
    if (this.previousHeading !== undefined) level = Math.min(level, this.previousHeading + 1);
    this.previousHeading = level;
    return HEADING_NAMES[level] as string;
  }

  url(raw: string | undefined, context: UrlContext, where: string): SafeUrl | undefined {
    if (raw === undefined) return undefined;
    const result = safeUrl(raw, context);
    if (result.ok) return result.url;
    this.report('render-html/url-refused', `The URL of ${where} was left out (${result.reason}): ${JSON.stringify(raw.slice(0, 80))}`);
    return undefined;
  }

  linkAttributes(href: SafeUrl, extra: HtmlAttributes = {}): HtmlAttributes {
    const rel = [extra.rel, this.options.linkRel].filter((value) => typeof value === 'string' && value !== '').join(' ');
    return { href, ...extra, rel: rel === '' ? undefined : rel };
  }

  report(code: string, message: string): void {
    const { options } = this;
    if (options.onDiagnostic === undefined) return;
    const diagnostic: Diagnostic = { code, severity: 'warning', message };
    options.onDiagnostic(diagnostic);
  }
}

/** `h1`…`h6` by level, so a heading does not build its element name. */
const HEADING_NAMES: readonly string[] = ['', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

export function createState(article: Article, options: ResolvedOptions, handlers: Handlers, language: string | undefined): RenderState {
  return new HtmlRenderState(article, options, handlerMap(handlers), language);
}
