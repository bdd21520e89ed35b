import { article, emphasis, figure, heading, lineBreak, list, paragraph, strong } from '@copydesk/model';
import { describe, expect, it } from 'vitest';
import { articleFields, collapseSpace, edgeWords } from './article-fields.mjs';

describe('collapseSpace and edgeWords', () => {
  it('collapses every run of white space, no-break spaces included, and trims', () => {
    expect(collapseSpace('  a \t b\n\n c\u00a0\u00a0d  ')).toBe('a b c d');
  });
  it('takes the first or last words, counting punctuation tokens as words like the labels do', () => {
    expect(edgeWords('one two  three * four', 3)).toBe('one two three');
    expect(edgeWords('one two three * four', 2, true)).toBe('* four');
    expect(edgeWords('short', 8)).toBe('short');
    expect(edgeWords('   ', 8)).toBe('');
  });
});

describe('articleFields', () => {
  const a = article({
    meta: {
      title: '  A   headline ',
      authors: [{ name: 'Jane Roe', role: 'Staff Writer' }, { name: 'John  Doe' }],
      dateline: { text: 'LISBON, March 3 (Reuters) -', place: 'LISBON', agency: 'Reuters', date: 'March 3' },
      leadImage: figure({ caption: ['ISIS ', emphasis('militants'), '.'], credit: 'Flickr' }),
      source: { name: 'Israel in the News', originalUrl: 'https://example.com/not-labelled' },
      tags: [],
    },
    children: [
      paragraph('One two ', strong('three'), ' four five six seven eight nine ten'),
      heading(2, 'A ', emphasis('sub'), 'heading'),
      list(false, ['first item', 'second item']),
      paragraph('Last block has a', lineBreak(), 'line break and then ends here now.'),
    ],
    removed: [
      { type: 'removed', kind: 'promo', text: 'Support the IDF Today', reason: 'A call to action.' },
      { type: 'removed', kind: 'byline', text: 'By Jane Roe', reason: 'The byline.' },
    ],
  });
  const fields = articleFields(a);

  it('reads meta: title, dateline, author names, lead image plain text and credit, source', () => {
    expect(fields.title).toBe('A headline');
    expect(fields.dateline).toEqual({ text: 'LISBON, March 3 (Reuters) -', place: 'LISBON', agency: 'Reuters', date: 'March 3' });
    expect(fields.authors).toEqual(['Jane Roe', 'John Doe']);
    expect(fields.leadImage).toEqual({ caption: 'ISIS militants.', credit: 'Flickr' });
    expect(fields.source).toEqual({ name: 'Israel in the News', url: null, originalPublisher: null });
  });

  it('counts top-level blocks (a list counts 1) and lists heading texts', () => {
    expect(fields.paragraphs).toBe(4);
    expect(fields.headings).toEqual(['A subheading']);
  });

  it('takes the first and last 8 words of the first and last blocks, line breaks as spaces', () => {
    expect(fields.firstWords).toBe('One two three four five six seven eight');
    expect(fields.lastWords).toBe('a line break and then ends here now.');
  });

  it('gives every removed span with its kind', () => {
    expect(fields.boilerplate).toEqual([
      { text: 'Support the IDF Today', kind: 'promo' },
      { text: 'By Jane Roe', kind: 'byline' },
    ]);
  });

  it('reads an empty article as nothing', () => {
    expect(articleFields(article())).toEqual({
      title: null,
      dateline: null,
      authors: [],
      leadImage: null,
      source: null,
      boilerplate: [],
      paragraphs: 0,
      headings: [],
      firstWords: '',
      lastWords: '',
    });
  });

  it('reads a lead image with neither caption nor credit, and an empty source, as absent', () => {
    const bare = article({ meta: { leadImage: figure({ image: { url: 'https://example.com/a.jpg' } }), source: { name: ' ' }, tags: [] } });
    expect(articleFields(bare).leadImage).toBeNull();
    expect(articleFields(bare).source).toBeNull();
  });

  it('keeps a caption without a credit and a credit without a caption', () => {
    const credit = article({ meta: { leadImage: figure({ credit: 'video screen capture' }), tags: [] } });
    expect(articleFields(credit).leadImage).toEqual({ caption: null, credit: 'video screen capture' });
  });
});
