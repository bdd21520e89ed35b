import type { Article } from '@copydesk/model/core';
import { handle } from './handlers/index.js';
import { type RenderMarkdownOptions, resolveOptions } from './options.js';
import type { State } from './state.js';

/**
 * Render an article as CommonMark (or GFM) Markdown that a parser reads back as the same
 * blocks, inline structure and text. See the package README for the conventions used for
 * figures, datelines, attribution and removed spans.
 *
 * @example
 * import { article, paragraph, strong } from '@copydesk/model/core';
 * renderMarkdown(article({ meta: { title: 'Hello' }, children: [paragraph('A ', strong('bold'), ' start.')] }));
 * // '# Hello\n\nA **bold** start.\n'
 */
export function renderMarkdown(article: Article, options?: RenderMarkdownOptions): string {
  if (typeof article !== 'object' || article === null || article.type !== 'article') {
    throw new TypeError('renderMarkdown: expected an article (an object with type "article")');
  }
  const state: State = {
    options: resolveOptions(options),
    handle,
    constructs: [],
    before: undefined,
    after: undefined,
    encodeBefore: false,
    encodeNextFirst: false,
    enclosingMarker: undefined,
    attentionStart: false,
    attentionEnd: false,
    wrapping: false,
    indent: 0,
    bullet: undefined,
    otherBullet: false,
  };
  return handle(article, state);
}
