import {
  type Article,
  article,
  blockquote,
  embed,
  emphasis,
  figure,
  heading,
  inlineCode,
  lineBreak,
  link,
  list,
  listItem,
  paragraph,
  strong,
  thematicBreak,
} from '@copydesk/model';

/**
 * Hand-made models, each named for what it covers. Together they hold every node type and
 * every metadata field, and text that is syntax in Markdown and HTML.
 */
export function handmadeArticles(): Record<string, Article> {
  return {
    'every-node': article({
      meta: {
        title: 'Every node type, once',
        subtitle: 'A dek under the headline',
        authors: [{ name: 'Jane Roe', role: 'Staff Writer' }, { name: 'John Doe' }],
        dateline: { text: 'LISBON, March 3 (Reuters) -', place: 'LISBON', agency: 'Reuters', date: 'March 3' },
        published: '2016-11-01T09:30:00Z',
        modified: '2016-11-02T10:00:00+01:00',
        language: 'en',
        source: {
          name: 'Example Wire',
          url: 'https://wire.example.com/story/1',
          originalPublisher: 'Example Daily',
          originalUrl: 'https://daily.example.com/1',
        },
        leadImage: figure({
          image: { url: 'https://img.example.com/lead.jpg', alt: 'Troops at dawn' },
          caption: ['Troops gather at ', emphasis('dawn'), '.'],
          credit: 'Jane Roe/AP',
        }),
        tags: ['Iraq', 'Mosul'],
      },
      children: [
        paragraph('Plain text, ', emphasis('emphasis'), ', ', strong('strong'), ', ', link('https://example.com/a?b=1&c=2', 'a link', 'Link title'), ', ', inlineCode('code'), '.'),
        paragraph('A first line', lineBreak(), 'and a second line.'),
        heading(2, 'A subheading'),
        heading(3, 'A deeper one'),
        blockquote(['We will not give up.'], 'Jane Roe, spokeswoman'),
        list(false, ['first bullet', 'second bullet']),
        list(true, ['step one', 'step two'], 3),
        list(false, [listItem(paragraph('outer'), list(true, ['inner one', 'inner two']))]),
        figure({ image: { url: 'https://img.example.com/map.png', alt: 'Map' }, caption: 'The front line.', credit: 'ISW' }),
        figure({ caption: 'A caption without an image.', credit: 'Flickr' }),
        embed('https://www.youtube.com/watch?v=abc', 'Video: the battle for Mosul', 'YouTube'),
        thematicBreak(),
        paragraph('The end.'),
      ],
      removed: [{ type: 'removed', kind: 'promo', text: 'Support the IDF Today', reason: 'A call to action, not part of the article.' }],
    }),
    'tricky-text': article({
      meta: { title: '# Not a heading *or* _emphasis_ & <b>not bold</b>', authors: [{ name: 'A & B <c>' }], tags: [] },
      children: [
        paragraph('* not a bullet'),
        paragraph('1. not a list'),
        paragraph('# not a heading'),
        paragraph('[x](y) is not a link, nor is ![a](b)'),
        paragraph('back\\slash, <tag>, &amp; and &copy; stay as written'),
        paragraph('a_b_c and 2*3*4 and `ticks`'),
        paragraph('> not a quote'),
        paragraph('---'),
        paragraph('| a | b | pipes'),
        paragraph('trailing spaces  and  double spaces'),
        paragraph('1986. A year, not a list'),
        paragraph('"quotes" and \'apostrophes\' and “curly” ones — dashes'),
      ],
    }),
    'wire-copy': article({
      meta: {
        title: 'CURRENCY EXCHANGE LOSS PUSHES MALAYSIA\'S DEBT UP',
        authors: [],
        dateline: { text: 'KUALA LUMPUR, March 26 -', place: 'KUALA LUMPUR', agency: null, date: 'March 26' },
        tags: [],
      },
      children: [paragraph('An exchange loss of 7.6 billion ringgit in 1986 pushed debt up.'), paragraph('The figures were released on Thursday.')],
      removed: [{ type: 'removed', kind: 'signoff', text: 'REUTER', reason: 'Wire sign-off.' }],
    }),
    'no-title': article({ meta: { authors: [], tags: [] }, children: [paragraph('An article that starts with a paragraph.')] }),
    empty: article({
      diagnostics: [{ code: 'input/empty', severity: 'error', message: 'The input holds no text.' }],
    }),
  };
}
