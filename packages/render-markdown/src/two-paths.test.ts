import type { Article } from '@copydesk/model';
import { renderHtml } from '@copydesk/render-html';
import { handmadeArticles, mosulGolden } from '@copydesk/testkit';
import fc from 'fast-check';
import { HtmlRenderer, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { extraArticles } from '../test/extra-articles.js';
import { comparableFromCommonmarkHtml, comparableFromRenderHtml } from '../test/html-comparable.js';
import { representableArticleArb } from '../test/round-trip.js';
import { renderMarkdown } from './index.js';

/** Front matter is not CommonMark: the reference parser would read it as a rule and a heading. */
function withoutFrontMatter(markdown: string): string {
  if (!markdown.startsWith('---\n')) return markdown;
  const end = markdown.indexOf('\n---\n', 3);
  return end < 0 ? markdown : markdown.slice(end + 5);
}

/** Our Markdown through the commonmark.js reference implementation, to HTML. */
function markdownPath(article: Article): string {
  // The header (title, dek, byline) and the source footer are compared on neither side; the
  // dateline is plain because render-html sets it in a span, not in bold.
  const markdown = renderMarkdown(article, { title: 'front-matter', attribution: false, dateline: 'plain' });
  return new HtmlRenderer().render(new Parser().parse(withoutFrontMatter(markdown)));
}

function htmlPath(article: Article): string {
  return renderHtml(article, { pretty: false, linkRel: '' });
}

/**
 * Hand-made models on which the two renderers differ by design, with the reason.
 */
const DIFFERENT_BY_DESIGN: Record<string, string> = {
  headings: 'render-html closes gaps in heading levels (h2 then h4 becomes h2 then h3) for a valid outline; Markdown keeps the model depths',
};

describe('two paths agree: Markdown → commonmark.js HTML equals render-html', () => {
  const named: Record<string, Article> = { seed: mosulGolden(), ...handmadeArticles(), ...extraArticles() };
  for (const [name, article] of Object.entries(named)) {
    if (name in DIFFERENT_BY_DESIGN) continue;
    it(name, () => {
      const viaMarkdown = comparableFromCommonmarkHtml(markdownPath(article));
      const direct = comparableFromRenderHtml(htmlPath(article));
      expect(viaMarkdown).toBe(direct);
    });
  }
});

describe('two paths agree on generated articles', () => {
  it('300 generated articles, headings all at depth 2 (render-html renumbers gaps in levels)', () => {
    fc.assert(
      fc.property(representableArticleArb(), (generated) => {
        const article = JSON.parse(JSON.stringify(generated, (key, value) => (key === 'depth' ? 2 : value))) as Article;
        expect(comparableFromCommonmarkHtml(markdownPath(article))).toBe(comparableFromRenderHtml(htmlPath(article)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
