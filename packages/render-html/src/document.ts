import type { Article } from '@copydesk/model/core';
import { type NewsArticleJsonLd, renderJsonLd, serializeJsonLdForHtml } from '@copydesk/render-json';
import { escapeJsonForHtml } from './escape.js';
import { type HtmlElement, type HtmlNode, h } from './html-tree.js';
import type { RenderState } from './state.js';
import { builtInStylesheet, documentStylesheet } from './stylesheet.js';

/**
 * `<html>` around the rendered article: the `<head>` a publisher needs (charset, viewport,
 * title, description, canonical link, Open Graph, Twitter card, schema.org JSON-LD and the
 * optional stylesheet) and a `<body>` with the article in `<main>`. Every piece of metadata
 * that the JSON-LD also states (description, canonical URL, image) is taken from the one
 * mapping in `@copydesk/render-json`, so the page and its structured data agree.
 */
export function renderDocument(article: Article, body: readonly HtmlNode[], state: RenderState): HtmlElement {
  const { options } = state;
  const ld = renderJsonLd(article, options.url === undefined ? {} : { url: options.url });
  const title = documentTitle(article, ld, state);
  const head: HtmlNode[] = [
    h('meta', { charset: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    options.stylesheet ? h('meta', { name: 'color-scheme', content: 'light dark' }) : undefined,
    h('title', {}, title),
  ].filter((node): node is HtmlElement => node !== undefined);
  if (ld.description) head.push(h('meta', { name: 'description', content: ld.description }));
  const authors = article.meta.authors.map((author) => author.name.trim()).filter(Boolean);
  if (authors.length > 0) head.push(h('meta', { name: 'author', content: authors.join(', ') }));
  const canonical = ld.url === undefined ? undefined : state.url(ld.url, 'href', 'the canonical link');
  if (canonical) head.push(h('link', { rel: 'canonical', href: canonical }));
  head.push(...openGraph(article, ld, title));
  if (options.stylesheet) {
    head.push(h('style', {}, { type: 'raw', value: styleContent(options.classPrefix) }));
  }
  const json = escapeJsonForHtml(serializeJsonLdForHtml(ld, { pretty: options.pretty }));
  head.push(h('script', { type: 'application/ld+json' }, { type: 'raw', value: options.pretty ? `\n${json}\n` : json }));
  return h('html', { lang: state.language }, h('head', {}, head), h('body', {}, h('main', {}, body)));
}

/**
 * The content of `<style>` by class prefix, made once: it is several kilobytes of CSS that
 * every standalone document repeats. Sites use one prefix or a few; cleared when full so odd
 * input cannot grow it without end.
 */
const STYLE_CONTENT = new Map<string, string>();
const MAX_STYLE_CONTENT = 16;

function styleContent(classPrefix: string): string {
  let content = STYLE_CONTENT.get(classPrefix);
  if (content === undefined) {
    content = `\n${documentStylesheet()}${builtInStylesheet({ classPrefix })}`;
    if (STYLE_CONTENT.size >= MAX_STYLE_CONTENT) STYLE_CONTENT.clear();
    STYLE_CONTENT.set(classPrefix, content);
  }
  return content;
}

/** The title, else the start of the description, else the "untitled" label: never empty. */
function documentTitle(article: Article, ld: NewsArticleJsonLd, state: RenderState): string {
  const title = collapse(article.meta.title ?? '');
  if (title !== '') return title;
  const description = ld.description ?? '';
  if (description !== '') return description.length > 70 ? `${description.slice(0, 69).trimEnd()}…` : description;
  return state.options.labels.untitled;
}

/** Open Graph (https://ogp.me/, type `article`) and the Twitter card that reads it. */
function openGraph(article: Article, ld: NewsArticleJsonLd, title: string): HtmlElement[] {
  const { meta } = article;
  const tags: [string, string | undefined][] = [
    ['og:type', 'article'],
    ['og:title', title],
    ['og:description', ld.description],
    ['og:url', ld.url],
    ['og:site_name', ld.publisher?.name],
    ['og:locale', ogLocale(ld.inLanguage)],
    ['og:image', ld.image?.url],
    ['og:image:alt', ld.image ? meta.leadImage?.image?.alt?.trim() || undefined : undefined],
    ['article:published_time', ld.datePublished],
    ['article:modified_time', ld.dateModified],
    // Open Graph wants profile URLs here, which the JSON-LD has only for authors with a web URL.
    ...(ld.author ?? []).flatMap((author): [string, string][] => (author.url ? [['article:author', author.url]] : [])),
    ...(ld.keywords ?? []).map((tag): [string, string] => ['article:tag', tag]),
  ];
  const out = tags.filter((tag): tag is [string, string] => tag[1] !== undefined && tag[1] !== '').map(([property, content]) => h('meta', { property, content }));
  out.push(h('meta', { name: 'twitter:card', content: ld.image ? 'summary_large_image' : 'summary' }));
  return out;
}

/** `pt-BR` → `pt_BR`, as Open Graph writes locales; only language-region tags qualify. */
function ogLocale(language: string | undefined): string | undefined {
  if (language === undefined) return undefined;
  const match = /^([a-z]{2,3})[-_]([a-z]{2})$/i.exec(language);
  return match ? `${match[1]?.toLowerCase()}_${match[2]?.toUpperCase()}` : undefined;
}

function collapse(value: string): string {
  return value.trim().split(/\s+/).join(' ');
}
