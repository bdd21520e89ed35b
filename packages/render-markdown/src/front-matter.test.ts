import { type Article, type Meta, toPlainText } from '@copydesk/model';
import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { comparableFromMarkdown } from '../test/comparable.js';
import { extraArticles } from '../test/extra-articles.js';
import { renderMarkdown } from './index.js';

/**
 * The metadata the front matter must hold, taken straight from the model: every field but
 * positions and statistics, datelines with their null parts left out, empty lists left out,
 * the lead image's caption as plain text.
 */
function expectedFrontMatter(meta: Meta): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (meta.title !== undefined) out.title = meta.title;
  if (meta.subtitle !== undefined) out.subtitle = meta.subtitle;
  if (meta.authors.length > 0) out.authors = meta.authors;
  if (meta.dateline) {
    const { position: _position, ...dateline } = meta.dateline;
    out.dateline = Object.fromEntries(Object.entries(dateline).filter(([, value]) => value !== null));
  }
  if (meta.published !== undefined) out.published = meta.published;
  if (meta.modified !== undefined) out.modified = meta.modified;
  if (meta.language !== undefined) out.language = meta.language;
  if (meta.source && Object.keys(meta.source).length > 0) out.source = meta.source;
  if (meta.leadImage) {
    const { image, caption, credit } = meta.leadImage;
    const lead = { ...image, ...(caption?.length ? { caption: toPlainText(caption) } : {}), ...(credit !== undefined ? { credit } : {}) };
    if (Object.keys(lead).length > 0) out.leadImage = lead;
  }
  if (meta.tags.length > 0) out.tags = meta.tags;
  return out;
}

/** Render with front matter, find it with micromark, and read it with `yaml`. */
function frontMatterOf(article: Article, gfm = false): unknown {
  const markdown = renderMarkdown(article, { frontMatter: true, flavor: gfm ? 'gfm' : 'commonmark' });
  const { frontMatter } = comparableFromMarkdown(markdown, { gfm });
  return frontMatter === undefined ? {} : parse(frontMatter);
}

describe('front matter', () => {
  const named: Record<string, Article> = { seed: mosulGolden(), ...handmadeArticles(), ...extraArticles() };
  for (const [name, article] of Object.entries(named)) {
    it(`parses back to the metadata: ${name}`, () => {
      expect(frontMatterOf(article)).toEqual(expectedFrontMatter(article.meta));
    });
  }

  it('parses back to the metadata for 1,000 generated articles', () => {
    fc.assert(
      fc.property(articleArb({ maxBlocks: 1 }), fc.boolean(), (article, gfm) => {
        expect(frontMatterOf(article, gfm)).toEqual(expectedFrontMatter(article.meta));
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('keeps strings that look like other YAML types strings', () => {
    const article = { ...mosulGolden(), meta: { authors: [], tags: ['yes', 'null', '1.0', '2016-11-01', '---', '...', '# x', 'a: b'], title: '---' } };
    expect(frontMatterOf(article)).toEqual({ title: '---', tags: article.meta.tags, });
  });
});
