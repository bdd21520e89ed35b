import { type Article, type Diagnostic, article, heading, link, paragraph } from '@copydesk/model';
import { handmadeArticles, mosulGolden } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { handlers } from './handlers/index.js';
import { renderHtml } from './render-html.js';
import type { Handlers } from './state.js';

const everyNode = (): Article => handmadeArticles()['every-node'] as Article;

describe('renderHtml fragment', () => {
  it('is one <article> with header, body and source footer', () => {
    const html = renderHtml(everyNode());
    expect(html.startsWith('<article class="copydesk-article" lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</article>')).toBe(true);
    expect(html).toContain('<h1>Every node type, once</h1>');
    expect(html).toContain('<p><span class="copydesk-dateline">LISBON, March 3 (Reuters) –</span> Plain text, ');
    expect(html).toContain('<footer class="copydesk-source">');
    expect(html).not.toContain('<!doctype');
  });

  it('writes the seed with its caption-only lead image and both source lines', () => {
    const html = renderHtml(mosulGolden());
    expect(html).toContain('<figure class="copydesk-lead copydesk-no-image">\n      <figcaption>ISIS militants. <small class="copydesk-credit">Flickr</small></figcaption>');
    expect(html).toContain('<p>Originally published by Breaking Israel News | Latest News. Biblical Perspective.</p>');
    expect(html).toContain('<p>Source: Israel in the News</p>');
    expect(html.match(/<p>/g)).toHaveLength(9 + 2);
  });
});

describe('options', () => {
  it('headingOffset shifts the title and the body headings, never past h6', () => {
    const model = article({ meta: { title: 'T', authors: [], tags: [] }, children: [heading(2, 'a'), heading(3, 'b'), heading(6, 'c')] });
    const html = renderHtml(model, { headingOffset: 2, pretty: false });
    expect(html).toContain('<header><h3>T</h3></header><h4>a</h4><h5>b</h5><h6>c</h6>');
    expect(() => renderHtml(model, { headingOffset: 6 })).toThrow(RangeError);
    expect(() => renderHtml(model, { headingOffset: 1.5 })).toThrow(/headingOffset/);
  });

  it('the stylesheet of a standalone document follows its classPrefix, whatever was rendered before', () => {
    for (const prefix of ['x-', 'copydesk-', '', 'x-']) {
      const html = renderHtml(everyNode(), { standalone: true, classPrefix: prefix });
      expect(html, prefix).toContain(`<style>\nhtml { color-scheme: light dark;`);
      expect(html, prefix).toContain(`\n.${prefix}article {\n  --${prefix || 'copydesk-'}text: #1c1c1e;`);
    }
  });

  it('classPrefix renames every class, and must be a plain identifier', () => {
    const html = renderHtml(everyNode(), { classPrefix: 'x-' });
    expect(html).not.toContain('copydesk-');
    expect(html).toContain('class="x-dateline"');
    expect(renderHtml(everyNode(), { classPrefix: '' })).toContain('class="dateline"');
    expect(() => renderHtml(everyNode(), { classPrefix: 'a b' })).toThrow(/classPrefix/);
    expect(() => renderHtml(everyNode(), { classPrefix: '"><' })).toThrow(RangeError);
  });

  it('includeRemoved lists removed spans in a hidden aside', () => {
    expect(renderHtml(mosulGolden())).not.toContain('<aside');
    const html = renderHtml(mosulGolden(), { includeRemoved: true });
    expect(html).toContain('<aside class="copydesk-removed" hidden>');
    expect(html).toContain('<p data-kind="promo" data-rule="promo/call-to-action" data-reason="A call to action (support/donate) injected into the body, not part of the article.">Support the IDF Today</p>');
  });

  it('linkRel sets rel on every link, and "" leaves it out', () => {
    const model = article({ meta: { authors: [{ name: 'Jane', url: 'https://example.com/jane' }], tags: [] }, children: [paragraph(link('https://example.com', 'x'))] });
    expect(renderHtml(model)).toContain('<a href="https://example.com/" rel="noopener noreferrer">x</a>');
    expect(renderHtml(model, { linkRel: 'nofollow ugc' })).toContain('<a href="https://example.com/" rel="nofollow ugc">x</a>');
    expect(renderHtml(model, { linkRel: '' })).toContain('<a href="https://example.com/">x</a>');
    expect(renderHtml(model, { linkRel: 'nofollow' })).toContain('rel="author nofollow"');
    expect(() => renderHtml(model, { linkRel: 'a"b' })).toThrow(/linkRel/);
  });

  it('pretty: false writes no white space between elements', () => {
    const compact = renderHtml(everyNode(), { pretty: false });
    expect(compact).not.toMatch(/>\s+</);
    expect(compact.endsWith('</article>')).toBe(true);
  });

  it('defaultLanguage is the lang of articles without a valid language of their own', () => {
    expect(renderHtml(mosulGolden(), { standalone: true, defaultLanguage: 'en' })).toContain('<html lang="en">');
    expect(renderHtml(mosulGolden(), { defaultLanguage: 'en' })).toContain('<article class="copydesk-article" lang="en">');
    expect(renderHtml(everyNode(), { defaultLanguage: 'fr' })).toContain('lang="en"');
    expect(renderHtml(mosulGolden(), { standalone: true })).toContain('<html>');
  });

  it('formats dates in each article\'s own language, whatever was rendered before', () => {
    const inLanguage = (language: string): Article => ({ ...everyNode(), meta: { ...everyNode().meta, language } });
    for (const [language, shown] of [['de', '1. November 2016'], ['en', 'November 1, 2016'], ['fr', '1 novembre 2016'], ['de', '1. November 2016']]) {
      expect(renderHtml(inLanguage(language as string)), language).toContain(`<time datetime="2016-11-01T09:30:00Z">${shown}</time>`);
    }
  });

  it('labels and formatDate replace the English words and the date format', () => {
    const html = renderHtml(everyNode(), {
      labels: { by: 'Por', and: 'e', updated: 'Atualizado', originallyPublishedBy: 'Publicado originalmente por', source: 'Fonte:' },
      formatDate: (iso) => iso.slice(0, 10),
    });
    expect(html).toContain('<p class="copydesk-byline">Por ');
    expect(html).toContain(' e <span class="copydesk-author">');
    expect(html).toContain('>2016-11-01</time> · Atualizado <time');
    expect(html).toContain('<p>Fonte: <a');
  });
});

describe('standalone document', () => {
  it('has the head a publisher needs, in order, and the article in <main>', () => {
    const html = renderHtml(everyNode(), { standalone: true, url: 'https://news.example.com/a' });
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8">\n')).toBe(true);
    for (const part of [
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<title>Every node type, once</title>',
      '<meta name="description" content="A dek under the headline">',
      '<link rel="canonical" href="https://news.example.com/a">',
      '<meta property="og:type" content="article">',
      '<meta property="og:url" content="https://news.example.com/a">',
      '<meta property="og:image" content="https://img.example.com/lead.jpg">',
      '<meta property="article:published_time" content="2016-11-01T09:30:00Z">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<script type="application/ld+json">',
      '<main>\n      <article class="copydesk-article">',
    ]) {
      expect(html).toContain(part);
    }
    expect(html).toContain('<style>');
  });

  it('names authors with a web URL in article:author', () => {
    const model = article({ meta: { title: 'T', authors: [{ name: 'Jane', url: 'https://example.com/jane' }, { name: 'John' }], tags: [] } });
    const html = renderHtml(model, { standalone: true });
    expect(html.match(/article:author/g)).toHaveLength(1);
    expect(html).toContain('<meta property="article:author" content="https://example.com/jane">');
  });

  it('stylesheet: false leaves out the <style> and the color-scheme', () => {
    const html = renderHtml(everyNode(), { standalone: true, stylesheet: false });
    expect(html).not.toContain('<style');
    expect(html).not.toContain('color-scheme');
  });

  it('always has a non-empty <title>', () => {
    expect(renderHtml(handmadeArticles().empty as Article, { standalone: true })).toContain('<title>Untitled article</title>');
    expect(renderHtml(handmadeArticles()['no-title'] as Article, { standalone: true })).toContain('<title>An article that starts with a paragraph.</title>');
  });
});

describe('diagnostics', () => {
  it('reports every URL, language and date left out, with the text kept', () => {
    const diagnostics: Diagnostic[] = [];
    const model = article({
      meta: { title: 'T', language: 'not a tag', published: '2016-02-30', authors: [], tags: [] },
      children: [paragraph(link('javascript:alert(1)', 'kept'), link('https://a.example', ['outer ', link('https://b.example', 'inner')]))],
    });
    const html = renderHtml(model, { onDiagnostic: (d) => diagnostics.push(d) });
    expect(diagnostics.map((d) => d.code)).toEqual([
      'render-html/language-not-bcp47',
      'render-html/date-not-html',
      'render-html/url-refused',
      'render-html/nested-link',
    ]);
    expect(diagnostics.every((d) => d.severity === 'warning' && d.message.length > 0)).toBe(true);
    expect(html).toContain('<span>2016-02-30</span>');
    expect(html).toContain('<p>kept<a href="https://a.example/" rel="noopener noreferrer">outer inner</a></p>');
    expect(html).not.toContain('lang=');
  });
});

describe('handlers', () => {
  it('has one for every node type and refuses an unknown type by name', () => {
    const types: (keyof Handlers)[] = ['article', 'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'figure', 'embed', 'thematicBreak', 'text', 'emphasis', 'strong', 'link', 'break', 'code'];
    expect(Object.keys(handlers).sort()).toEqual([...types].sort());
    const model = article({ children: [{ type: 'table', children: [] } as unknown as Article['children'][number]] });
    expect(() => renderHtml(model)).toThrow('renderHtml: cannot render a node of type "table"');
    const proto = article({ children: [{ type: 'toString' } as unknown as Article['children'][number]] });
    expect(() => renderHtml(proto)).toThrow(/"toString"/);
  });
});
