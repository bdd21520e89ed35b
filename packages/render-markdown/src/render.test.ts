import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Article,
  article,
  blockquote,
  embed,
  emphasis,
  figure,
  heading,
  lineBreak,
  link,
  list,
  paragraph,
  strong,
} from '@copydesk/model';
import { handmadeArticles, mosulGolden } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { type Handlers, handlers } from './handlers/index.js';
import { renderMarkdown } from './index.js';

const fixturesDir = join(import.meta.dirname, '../test/fixtures');

/** `- four` and `1. five` may not start a line: those lines run long. */
const WRAPPED = 'one two\nthree - four 1.\nfive # six\nseven eight\nnine ten\n';

describe('renderMarkdown', () => {
  it('renders the seed article as in test/fixtures/mosul.md', () => {
    expect(renderMarkdown(mosulGolden())).toBe(readFileSync(join(fixturesDir, 'mosul.md'), 'utf8'));
  });

  it('renders the hand-made "every node" article as in test/fixtures/every-node.md', () => {
    const every = handmadeArticles()['every-node'] as Article;
    expect(renderMarkdown(every, { frontMatter: true, removed: 'comment' })).toBe(readFileSync(join(fixturesDir, 'every-node.md'), 'utf8'));
  });

  it('shows the seed in the README and keeps the TSDoc example true', () => {
    const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
    expect(readme).toContain(`\`\`\`markdown\n${readFileSync(join(fixturesDir, 'mosul.md'), 'utf8')}\`\`\``);
    expect(renderMarkdown(article({ meta: { title: 'Hello' }, children: [paragraph('A ', strong('bold'), ' start.')] }))).toBe('# Hello\n\nA **bold** start.\n');
  });

  it('writes the title as a heading, then the dek and the byline', () => {
    const a = article({ meta: { title: 'T', subtitle: 'Dek', authors: [{ name: 'A', role: 'Editor' }, { name: 'B' }, { name: 'C' }] } });
    expect(renderMarkdown(a)).toBe('# T\n\n*Dek*\n\nBy A (Editor), B and C\n');
    expect(renderMarkdown(a, { title: 'front-matter' })).toBe('---\ntitle: T\nsubtitle: Dek\nauthors:\n  - name: A\n    role: Editor\n  - name: B\n  - name: C\n---\n');
  });

  it('leads the first paragraph with the dateline, bold or plain', () => {
    const a = article({
      meta: { dateline: { text: 'LISBON (Reuters) -', place: 'LISBON', agency: 'Reuters', date: null } },
      children: ['Troops moved.'],
    });
    expect(renderMarkdown(a)).toBe('**LISBON (Reuters)** – Troops moved.\n');
    expect(renderMarkdown(a, { dateline: 'plain' })).toBe('LISBON (Reuters) – Troops moved.\n');
  });

  it('writes a figure as an image paragraph and a caption paragraph', () => {
    const withImage = figure({ image: { url: 'https://x.com/a.jpg', alt: 'Alt', title: 'T' }, caption: 'Cap.', credit: 'AP' });
    expect(renderMarkdown(article({ children: [withImage] }))).toBe('![Alt](https://x.com/a.jpg "T")\n\n*Cap.* (AP)\n');
    expect(renderMarkdown(article({ children: [figure({ caption: 'Cap.', credit: 'AP' })] }))).toBe('*Cap.* (AP)\n');
    expect(renderMarkdown(article({ children: [figure({ credit: 'AP' })] }))).toBe('(AP)\n');
  });

  it('writes an embed as a link titled with the provider', () => {
    expect(renderMarkdown(article({ children: [embed('https://youtu.be/x', 'Watch', 'YouTube')] }))).toBe('[Watch](https://youtu.be/x "YouTube")\n');
  });

  it('ends a block quote with its attribution', () => {
    expect(renderMarkdown(article({ children: [blockquote(['No.'], 'Jane Roe')] }))).toBe('> No.\n>\n> — Jane Roe\n');
  });

  it('ends with the source attribution, links where URLs are known', () => {
    const a = article({ meta: { source: { name: 'Wire', url: 'https://wire.example', originalPublisher: 'Daily' } } });
    expect(renderMarkdown(a)).toBe('Source: [Wire](https://wire.example)\n\nOriginally published by Daily\n');
    expect(renderMarkdown(a, { attribution: false })).toBe('');
  });

  it('keeps removed spans as HTML comments that cannot be closed early', () => {
    const a = article({ removed: [{ type: 'removed', kind: 'promo', text: 'Buy --> now <!-- -', reason: 'Promo.' }] });
    const markdown = renderMarkdown(a, { removed: 'comment' });
    expect(markdown).toBe('<!-- removed promo: "Buy -\\u002d\\u003e now \\u003c!-\\u002d -" reason: "Promo." -->\n');
    expect(markdown.slice(4, -5)).not.toContain('--');
    expect(renderMarkdown(a)).toBe('');
  });

  it('follows the marker, bullet and heading options', () => {
    const a = article({ children: [heading(2, 'H'), paragraph(emphasis('e'), ' ', strong('s')), list(false, ['x'])] });
    expect(renderMarkdown(a, { emphasis: '_', strong: '_', bullet: '+', headingStyle: 'setext' })).toBe('H\n---\n\n_e_ __s__\n\n+ x\n');
    expect(renderMarkdown(a, { headingOffset: 2 })).toBe('#### H\n\n*e* **s**\n\n- x\n');
    expect(renderMarkdown(article({ children: [heading(6, 'deep')] }), { headingOffset: 3 })).toBe('###### deep\n');
  });

  it('switches bullets between adjacent lists so they stay two lists', () => {
    const a = article({ children: [list(false, ['a']), list(false, ['b']), list(true, ['c']), list(true, ['d'])] });
    expect(renderMarkdown(a)).toBe('- a\n\n* b\n\n1. c\n\n1) d\n');
  });

  it('wraps paragraphs at the width, never before a character that would start a block', () => {
    const words = 'one two three - four 1. five # six seven eight nine ten';
    const markdown = renderMarkdown(article({ children: [paragraph(words)] }), { wrap: 12 });
    expect(markdown).toBe(WRAPPED);
    for (const line of markdown.trimEnd().split('\n')) {
      expect(/^[-#>+*=_~`<:|[!0-9]/.test(line)).toBe(false);
    }
  });

  it('writes a link with an unsafe scheme as its text', () => {
    expect(renderMarkdown(article({ children: [paragraph(link('javascript:alert(1)', 'click'))] }))).toBe('click\n');
  });

  it('writes a break in an ATX heading as <br>', () => {
    expect(renderMarkdown(article({ children: [heading(3, 'a', lineBreak(), 'b')] }))).toBe('### a<br>b\n');
  });

  it('rejects bad options and input with a clear error', () => {
    const a = article();
    expect(() => renderMarkdown(a, { bullet: 'x' as '-' })).toThrow(/option "bullet" must be one of/);
    expect(() => renderMarkdown(a, { wrap: -1 })).toThrow(/option "wrap"/);
    expect(() => renderMarkdown(a, { headingOffset: 9 })).toThrow(/option "headingOffset"/);
    expect(() => renderMarkdown(a, { colour: 'red' } as never)).toThrow(/unknown option "colour"/);
    expect(() => renderMarkdown({ type: 'paragraph' } as never)).toThrow(/expected an article/);
    expect(() => renderMarkdown(article({ children: [{ type: 'table' } as never] }))).toThrow(/unknown node type "table"/);
    // Names found on every object's prototype are not handlers either.
    for (const type of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(() => renderMarkdown(article({ children: [{ type } as never] }))).toThrow(`unknown node type "${type}"`);
    }
  });

  it('has one handler per node type: a map without one does not compile', () => {
    const { embed: _embed, ...withoutEmbed } = handlers;
    // @ts-expect-error the map must hold a handler for `embed`
    const incomplete: Handlers = withoutEmbed;
    expect(Object.keys(incomplete)).not.toContain('embed');
  });
});
