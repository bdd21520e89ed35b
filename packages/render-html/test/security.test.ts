import { article, link, paragraph } from '@copydesk/model';
import { renderJsonLd } from '@copydesk/render-json';
import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { builtInStylesheet, renderHtml } from '../src/index.js';
import { XSS_VECTORS } from './fixtures/xss-vectors.js';
import { hostileArticle } from './hostile-article.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

/** Every element the renderer may write; anything else in the output was injected. */
const ALLOWED_ELEMENTS = new Set([
  'html', 'head', 'body', 'meta', 'title', 'link', 'style', 'script', 'main', 'article', 'header', 'footer', 'aside',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'a', 'em', 'strong', 'code', 'br', 'small', 'time', 'figure',
  'figcaption', 'img', 'blockquote', 'ul', 'ol', 'li', 'hr',
]);

function elements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode): void => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        out.push(child);
        walk('content' in child ? (child as Template).content : child);
      }
    }
  };
  walk(root);
  return out;
}

function textOf(node: ParentNode): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text' && 'value' in child) out += child.value;
    else if ('childNodes' in child) out += textOf(child);
  }
  return out;
}

/** What a browser would load: the scheme the WHATWG URL parser finds, relative to a web page. */
function isSafeUrl(value: string, attribute: 'href' | 'src'): boolean {
  const url = new URL(value, 'https://page.example/story');
  if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  if (attribute === 'href') return url.protocol === 'mailto:' || url.protocol === 'tel:';
  return url.protocol === 'data:' && /^image\/[a-z0-9.+-]+[;,]/i.test(url.pathname);
}

/** Text HTML can carry: what the renderer writes in place of control characters and lone surrogates. */
function carried(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '\ufffd')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function checkElements(all: Element[], vector: string): void {
  for (const element of all) {
    expect(ALLOWED_ELEMENTS.has(element.tagName), `unexpected <${element.tagName}> for ${JSON.stringify(vector)}`).toBe(true);
    for (const attribute of element.attrs) {
      expect(attribute.name.startsWith('on'), `event handler ${attribute.name} on <${element.tagName}>`).toBe(false);
      expect(['style', 'http-equiv', 'srcdoc', 'formaction', 'action', 'background'].includes(attribute.name)).toBe(false);
      if (attribute.name === 'href' || attribute.name === 'src') {
        expect(isSafeUrl(attribute.value, attribute.name), `${attribute.name}=${JSON.stringify(attribute.value)} from ${JSON.stringify(vector)}`).toBe(true);
      }
    }
  }
}

describe('renderHtml against XSS vectors in every field', () => {
  it('has a representative list of vectors', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(40);
  });

  for (const vector of XSS_VECTORS) {
    it(`full document: ${JSON.stringify(vector)}`, () => {
      const article = hostileArticle(vector);
      const html = renderHtml(article, { standalone: true, includeRemoved: true, url: vector });
      const document = parse(html);
      const all = elements(document);
      checkElements(all, vector);

      const scripts = all.filter((element) => element.tagName === 'script');
      expect(scripts).toHaveLength(1);
      const [script] = scripts as [Element];
      expect(script.attrs).toEqual([{ name: 'type', value: 'application/ld+json' }]);
      const expected = JSON.parse(JSON.stringify(renderJsonLd(article, { url: vector })));
      expect(JSON.parse(textOf(script))).toEqual(expected);

      const styles = all.filter((element) => element.tagName === 'style');
      expect(styles).toHaveLength(1);
      expect(textOf(styles[0] as Element)).toContain(builtInStylesheet());

      // The text is kept, as text: the title reads exactly as given (trimmed), nothing was run or dropped.
      const title = all.find((element) => element.tagName === 'h1');
      if (vector.trim() !== '') expect(textOf(title as Element)).toBe(carried(vector).trim());
      const titles = all.filter((element) => element.tagName === 'title');
      expect(titles).toHaveLength(1);
    });

    it(`fragment: ${JSON.stringify(vector)}`, () => {
      const html = renderHtml(hostileArticle(vector), { includeRemoved: true, linkRel: 'nofollow ugc' });
      const fragment = parseFragment(html);
      const all = elements(fragment);
      checkElements(all, vector);
      expect(all.some((element) => element.tagName === 'script' || element.tagName === 'style')).toBe(false);
      expect(all.filter((element) => element.tagName === 'article')).toHaveLength(1);
      // The first body paragraph holds the text of each inline node, escaped, never as markup.
      const paragraph = all.find((element) => element.tagName === 'p' && !element.attrs.some((a) => a.name === 'class'));
      expect(textOf(paragraph as Element)).toContain(carried(vector).trim() === '' ? '' : carried(vector));
    });
  }

  it('drops every disguised javascript: URL but keeps the link text', () => {
    for (const scheme of ['javascript:', 'JaVaScRiPt:', ' javascript:', 'java\tscript:', 'java\nscript:', '\u0000javascript:', 'vbscript:', 'data:text/html,']) {
      const diagnostics: string[] = [];
      const model = article({ children: [paragraph(link(`${scheme}alert(1)`, 'kept text'))] });
      const html = renderHtml(model, { onDiagnostic: (d) => diagnostics.push(d.code) });
      expect(html).toContain('<p>kept text</p>');
      expect(html).not.toContain('<a ');
      expect(diagnostics).toContain('render-html/url-refused');
    }
  });
});
