import type { Article } from '@copydesk/model';
import { expect } from 'vitest';
import { type RenderMarkdownOptions, renderMarkdown } from '../src/index.js';
import { comparableFromMarkdown } from './comparable.js';
import { expectedBlocks } from './expected.js';

/** Render, parse back with micromark, and compare with what the model and the conventions say. */
export function assertRoundTrip(article: Article, options: RenderMarkdownOptions = {}): void {
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

/** Option sets every hand-made model, and a share of the generated ones, go through. */
export const OPTION_SETS: Record<string, RenderMarkdownOptions> = {
  defaults: {},
  gfm: { flavor: 'gfm' },
  'underscores, plus bullets, setext': { emphasis: '_', strong: '_', bullet: '+', headingStyle: 'setext' },
  'star bullets, offset, plain dateline': { bullet: '*', headingOffset: 2, dateline: 'plain' },
  'wrapped at 30, comments, front matter': { wrap: 30, removed: 'comment', frontMatter: true },
  'gfm, wrapped at 60, title in front matter': { flavor: 'gfm', wrap: 60, title: 'front-matter', attribution: false },
};
