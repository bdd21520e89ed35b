import { describe, expect, it } from 'vitest';
import type { Article } from './article.js';
import { article, blockquote, emphasis, figure, heading, link, list, paragraph, strong } from './builders.js';
import type { Node } from './node.js';
import { EXIT, SKIP, type Test, type VisitAction, visit } from './visit.js';

const tree: Article = article({
  children: [
    paragraph('a ', strong('b ', emphasis('c')), ' ', link('https://x.example', 'd')),
    heading(2, 'h'),
    blockquote([paragraph('q')], 'Jane'),
    list(false, ['one', 'two']),
    figure({ caption: ['cap ', emphasis('tion')], credit: 'AP' }),
  ],
});

/** Type and a short label of each visited node, in order. */
function walk(test: Test, action?: (node: Node) => VisitAction): string[] {
  const seen: string[] = [];
  visit(tree, test, (node: Node) => {
    seen.push(node.type === 'text' ? `text:${node.value}` : node.type);
    return action?.(node);
  });
  return seen;
}

describe('visit', () => {
  it('walks every node depth first in document order, figure captions included', () => {
    const seen: string[] = [];
    visit(tree, (node) => {
      seen.push(node.type === 'text' ? `text:${node.value}` : node.type);
    });
    expect(seen).toEqual([
      'article',
      'paragraph',
      'text:a ',
      'strong',
      'text:b ',
      'emphasis',
      'text:c',
      'text: ',
      'link',
      'text:d',
      'heading',
      'text:h',
      'blockquote',
      'paragraph',
      'text:q',
      'list',
      'listItem',
      'paragraph',
      'text:one',
      'listItem',
      'paragraph',
      'text:two',
      'figure',
      'text:cap ',
      'emphasis',
      'text:tion',
    ]);
  });

  it('visits only nodes of a type, narrowed to that type', () => {
    const urls: string[] = [];
    visit(tree, 'link', (node) => {
      urls.push(node.url);
    });
    expect(urls).toEqual(['https://x.example']);
  });

  it('visits nodes of any of a list of types', () => {
    expect(walk(['heading', 'list', 'figure'])).toEqual(['heading', 'list', 'figure']);
  });

  it('visits nodes passing a predicate', () => {
    expect(walk((node: Node) => node.type === 'text' && node.value.startsWith('t'))).toEqual(['text:two', 'text:tion']);
  });

  it('passes the ancestors, nearest last', () => {
    const chains: string[] = [];
    visit(tree, 'emphasis', (_node, ancestors) => {
      chains.push(ancestors.map((a) => a.type).join('>'));
    });
    expect(chains).toEqual(['article>paragraph>strong', 'article>figure']);
  });

  it('gives each visitor its own ancestors array', () => {
    const kept: (readonly Node[])[] = [];
    visit(tree, 'text', (_node, ancestors) => {
      kept.push(ancestors);
    });
    expect(kept[0]?.map((n) => n.type)).toEqual(['article', 'paragraph']);
  });

  it('leaves out the children of a node when the visitor returns SKIP', () => {
    const seen = walk(null, (node) => (node.type === 'paragraph' || node.type === 'list' ? SKIP : undefined));
    expect(seen).toEqual(['article', 'paragraph', 'heading', 'text:h', 'blockquote', 'paragraph', 'list', 'figure', 'text:cap ', 'emphasis', 'text:tion']);
  });

  it('stops the whole walk when the visitor returns EXIT', () => {
    expect(walk('text', (node) => (node.type === 'text' && node.value === 'c' ? EXIT : undefined))).toEqual(['text:a ', 'text:b ', 'text:c']);
  });

  it('walks any node, not only articles', () => {
    const seen: string[] = [];
    visit(list(true, ['x']), (node) => {
      seen.push(node.type);
    });
    expect(seen).toEqual(['list', 'listItem', 'paragraph', 'text']);
  });
});
