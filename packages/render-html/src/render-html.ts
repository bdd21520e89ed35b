import type { Article } from '@copydesk/model/core';
import { renderDocument } from './document.js';
import { handlers } from './handlers/index.js';
import { wellFormedLanguage } from './language.js';
import { type RenderHtmlOptions, resolveOptions } from './options.js';
import { serialize } from './serialize.js';
import { createState } from './state.js';

/**
 * Render an article as semantic, valid, safe HTML: one `<article>` element (the default), or a
 * whole document with `standalone: true` (title, description, canonical link, Open Graph,
 * schema.org `NewsArticle` JSON-LD and a built-in stylesheet).
 *
 * Text is escaped by context, and URLs whose scheme is not `http`, `https`, `mailto` or `tel`
 * (or relative; `data:image/*` for images) are left out with their text kept.
 *
 * @example
 * renderHtml(article);
 * // '<article class="copydesk-article">\n  <header>\n    <h1>Last Stronghold…</h1>…'
 * renderHtml(article, { standalone: true, url: 'https://news.example.com/mosul' });
 * // '<!doctype html>\n<html lang="en">…'
 */
export function renderHtml(article: Article, options?: RenderHtmlOptions): string {
  const resolved = resolveOptions(options);
  const own = wellFormedLanguage(article.meta.language);
  const language = own ?? wellFormedLanguage(resolved.defaultLanguage);
  const state = createState(article, resolved, handlers, language);
  if (article.meta.language !== undefined && own === undefined && article.meta.language.trim() !== '') {
    state.report('render-html/language-not-bcp47', `The language ${JSON.stringify(article.meta.language.slice(0, 40))} is not a BCP 47 tag, so it was not used for the lang attribute.`);
  }
  const body = state.one(article);
  if (!resolved.standalone) return serialize(body, { pretty: resolved.pretty }) + (resolved.pretty ? '\n' : '');
  const html = serialize([renderDocument(article, body, state)], { pretty: resolved.pretty });
  return `<!doctype html>${resolved.pretty ? '\n' : ''}${html}${resolved.pretty ? '\n' : ''}`;
}
