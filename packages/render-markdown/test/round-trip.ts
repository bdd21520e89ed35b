import type { Article, Block, Inline } from '@copydesk/model';
import { articleArb } from '@copydesk/testkit';
import type fc from 'fast-check';
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

/**
 * Generated articles, less the one construct the README lists as not representable that the
 * generator can still produce: inline code holding `]:` in the text of a link that starts a
 * paragraph, which CommonMark reads as a link reference definition (code spans cannot hide the
 * label's `]`). The generator makes one only from a random word (seed 690048604 found
 * `` [! `]:`\␤Mosul](…) `` after 1,955 runs); the `]:` is spaced out there, as the wild
 * arbitrary does everywhere.
 */
export function representableArticleArb(...args: Parameters<typeof articleArb>): fc.Arbitrary<Article> {
  return articleArb(...args).map(withoutDefinitionLikeLinks);
}

/** `article` with `]:` spaced out in the code of each paragraph's opening link (see {@link representableArticleArb}). */
export function withoutDefinitionLikeLinks(article: Article): Article {
  return { ...article, children: article.children.map(block) };
}

function block(node: Block): Block {
  switch (node.type) {
    case 'paragraph': {
      const [first, ...rest] = node.children;
      return first?.type === 'link' ? { ...node, children: [{ ...first, children: openingCode(first.children) }, ...rest] } : node;
    }
    case 'blockquote':
      return { ...node, children: node.children.map(block) };
    case 'list':
      return { ...node, children: node.children.map((item) => ({ ...item, children: item.children.map(block) })) };
    default:
      return node;
  }
}

function openingCode(children: Inline[]): Inline[] {
  return children.map((node): Inline => {
    if (node.type === 'code') return { ...node, value: node.value.replaceAll(']:', '] :') };
    if (node.type === 'emphasis' || node.type === 'strong') return { ...node, children: openingCode(node.children) };
    return node;
  });
}
