import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '@copydesk/model';
import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparableFromMarkdown } from '../test/comparable.js';
import { expectedBlocks } from '../test/expected.js';
import { extraArticles } from '../test/extra-articles.js';
import { type RenderMarkdownOptions, renderMarkdown } from './index.js';

const fixturesDir = join(import.meta.dirname, '../test/fixtures');

/** Render, parse back with micromark, and compare with what the model says. */
function assertRoundTrip(article: Article, options: RenderMarkdownOptions = {}): void {
  const markdown = renderMarkdown(article, options);
  const wrapped = (options.wrap ?? 0) > 0;
  const parsed = comparableFromMarkdown(markdown, { gfm: options.flavor === 'gfm', softBreaksAsSpaces: wrapped });
  const expected = expectedBlocks(article, {
    title: options.title,
    dateline: options.dateline,
    attribution: options.attribution,
    removed: options.removed,
    headingOffset: options.headingOffset,
    softBreaksAsSpaces: wrapped,
  });
  expect(parsed.blocks, markdown).toEqual(expected.blocks);
}

/** Option sets every model goes through. */
const OPTION_SETS: Record<string, RenderMarkdownOptions> = {
  defaults: {},
  gfm: { flavor: 'gfm' },
  'underscores, plus bullets, setext': { emphasis: '_', strong: '_', bullet: '+', headingStyle: 'setext' },
  'star bullets, offset, plain dateline': { bullet: '*', headingOffset: 2, dateline: 'plain' },
  'wrapped at 30, comments, front matter': { wrap: 30, removed: 'comment', frontMatter: true },
  'gfm, wrapped at 60, title in front matter': { flavor: 'gfm', wrap: 60, title: 'front-matter', attribution: false },
};

const named: Record<string, Article> = { seed: mosulGolden(), ...handmadeArticles(), ...extraArticles() };

describe('round trip through micromark', () => {
  for (const [optionName, options] of Object.entries(OPTION_SETS)) {
    describe(optionName, () => {
      for (const [name, article] of Object.entries(named)) {
        it(name, () => assertRoundTrip(article, options));
      }
    });
  }

  it('every fixture found by property testing', () => {
    const files = readdirSync(fixturesDir).filter((file) => file.endsWith('.article.json'));
    for (const file of files) {
      const fixture = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as { options: RenderMarkdownOptions; article: Article };
      assertRoundTrip(fixture.article, fixture.options);
    }
  });

  it('10,000 generated articles, CommonMark', () => {
    fc.assert(
      fc.property(articleArb(), (article) => assertRoundTrip(article)),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('1,000 generated articles in each other option set', () => {
    for (const options of Object.values(OPTION_SETS).slice(1)) {
      fc.assert(
        fc.property(articleArb(), (article) => assertRoundTrip(article, options)),
        { numRuns: 1_000 },
      );
    }
  }, 120_000);
});
