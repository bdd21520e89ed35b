import { describe, expect, it } from 'vitest';
import { article, blockquote, embed, emphasis, figure, heading, inlineCode, lineBreak, link, list, listItem, paragraph, strong, thematicBreak } from './builders.js';
import { articleText, toPlainText } from './plain-text.js';

describe('toPlainText', () => {
  it('concatenates phrasing content without markup', () => {
    expect(toPlainText(paragraph('a ', strong('b ', emphasis('c')), ' ', link('/x', 'd'), ' ', inlineCode('e')))).toBe('a b c d e');
  });

  it('turns a line break into a newline', () => {
    expect(toPlainText(paragraph('one', lineBreak(), 'two'))).toBe('one\ntwo');
  });

  it('separates blocks by a blank line and list items by a newline', () => {
    const a = article({ children: ['First.', heading(2, 'Sub'), list(false, ['x', listItem(paragraph('y'), paragraph('z'))]), 'Last.'] });
    expect(toPlainText(a)).toBe('First.\n\nSub\n\nx\ny\nz\n\nLast.');
  });

  it('gives a figure its caption and credit, an embed its fallback, a thematic break nothing', () => {
    expect(toPlainText(figure({ caption: ['ISIS ', emphasis('militants.')], credit: 'Flickr' }))).toBe('ISIS militants. Flickr');
    expect(toPlainText(figure({ credit: 'Flickr' }))).toBe('Flickr');
    expect(toPlainText(embed('https://youtu.be/x', 'Video: the battle'))).toBe('Video: the battle');
    expect(toPlainText(article({ children: ['a', thematicBreak(), 'b'] }))).toBe('a\n\nb');
  });

  it('gives a blockquote its text then its attribution', () => {
    expect(toPlainText(blockquote(['We will win.', 'Soon.'], 'Jane Roe'))).toBe('We will win.\n\nSoon.\n\nJane Roe');
  });

  it('reads an article body, not its title', () => {
    const a = article({ meta: { title: 'Headline' }, children: ['Body.'] });
    expect(toPlainText(a)).toBe('Body.');
    expect(articleText(a)).toBe('Headline\n\nBody.');
    expect(articleText(article({ children: ['Body.'] }))).toBe('Body.');
  });

  it('reads lists of nodes: phrasing joined, blocks separated', () => {
    expect(toPlainText([emphasis('a'), strong('b')])).toBe('ab');
    expect(toPlainText([paragraph('a'), paragraph('b')])).toBe('a\n\nb');
    expect(toPlainText([])).toBe('');
  });
});
