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
 * Hand-made models beyond the test kit's, each aimed at one way Markdown output goes wrong:
 * delimiter runs that do not flank, text that starts a block, escapes in every construct,
 * lists that merge, URLs that need angle brackets, and the conventions' edge cases.
 */
export function extraArticles(): Record<string, Article> {
  return {
    'attention-flanking': article({
      children: [
        paragraph('a', emphasis('(b)'), 'c and x', strong('"quoted"'), 'y'),
        paragraph(strong(emphasis('strong around emphasis')), ' and ', emphasis(strong('emphasis around strong'))),
        paragraph(emphasis('outer ', emphasis('inner'), ' outer'), ' ', strong('outer ', strong('inner'), ' outer')),
        paragraph(emphasis(' spaced at both ends '), ' and ', strong('\ttab')),
        paragraph('snake', emphasis('case'), 'word and 2', strong('x'), '3'),
        paragraph(emphasis('a'), emphasis('b'), strong('c'), emphasis('d'), strong('e')),
        paragraph(emphasis('*'), ' ', strong('**'), ' ', emphasis('_'), ' ', strong('__')),
        paragraph('word', emphasis(link('https://example.com', 'linked')), 'word'),
        paragraph('end with ', emphasis('code ', inlineCode('x')), 'after'),
        paragraph('a', link('javascript:void(0)', [emphasis('(b)')]), 'c and ', link('https://example.com', [emphasis('(d)')]), 'e'),
      ],
    }),
    'line-starts': article({
      children: [
        paragraph('a', lineBreak(), '# b', lineBreak(), '1) c', lineBreak(), '    four spaces', lineBreak(), '= d', lineBreak(), '+ e', lineBreak(), '- f', lineBreak(), '> g', lineBreak(), '~~~', lineBreak(), '```', lineBreak(), '<div>', lineBreak(), '***', lineBreak(), '___', lineBreak(), '123456789. n'),
        paragraph(' leading space and trailing spaces  '),
        paragraph('\tleading tab'),
        paragraph('==='),
        paragraph('+'),
        paragraph('2) second'),
        paragraph('10.5 percent'),
        paragraph('<!-- not a comment -->'),
        paragraph('[label]: /not-a-definition'),
      ],
    }),
    'text-with-line-endings': article({
      children: [
        paragraph('line one\n# line two\n  indented\n- dash\nend  \nnext'),
        heading(2, 'a heading\nover two lines'),
        paragraph('carriage\rreturn and crlf\r\nhere'),
      ],
    }),
    'backslashes-and-references': article({
      children: [
        paragraph('C:\\path\\to\\file and a trailing \\'),
        paragraph('\\', emphasis('\\'), '\\'),
        paragraph('&amp; &#35; &#x23; &copy AT&T &nosemicolon and &;'),
        paragraph('a\\', lineBreak(), 'b'),
      ],
    }),
    'inline-code': article({
      children: [
        paragraph(inlineCode('`tick`'), ' ', inlineCode(' padded '), ' ', inlineCode('a ``double`` b'), ' ', inlineCode('   '), ' ', inlineCode('*not emphasis*')),
        paragraph(inlineCode('```'), ' at the start'),
        heading(3, 'code ', inlineCode('# in'), ' heading #'),
      ],
    }),
    links: article({
      children: [
        paragraph(link('https://example.com/(paren)', 'parens'), ' ', link('https://example.com/a b', 'space'), ' ', link('', 'empty url')),
        paragraph(link('https://example.com', 'titled', 'say "hi" \\ & bye'), ' ', link('https://example.com', '[brackets] and *stars*')),
        paragraph(link('https://example.com/x', 'https://example.com/x'), ' ', link('mailto:desk@example.com', 'mailto:desk@example.com'), ' ', link('/relative?a=1&b=2', 'relative')),
        paragraph(link('https://example.com/<angle>', 'angle'), ' ', link('<starts', 'starts with angle'), ' ', link('https://example.com/&amp;', 'reference in url')),
        paragraph(link('https://example.com', []), ' empty text'),
        paragraph('wow!', link('https://example.com', 'not an image')),
      ],
    }),
    'unsafe-urls': article({
      meta: { authors: [{ name: 'Eve', url: 'javascript:alert(1)' }], tags: [] },
      children: [
        paragraph('click ', link('javascript:alert(1)', 'here'), ' or ', link(' JAVA\tSCRIPT:alert(1)', 'there')),
        figure({ image: { url: 'javascript:alert(1)', alt: 'x' }, caption: 'caption kept', credit: 'credit kept' }),
        figure({ image: { url: 'data:image/png;base64,iVBORw0KGgo=', alt: 'pixel' } }),
        embed('vbscript:msgbox', 'fallback kept', 'Evil'),
      ],
    }),
    headings: article({
      children: [
        heading(2, 'two'),
        heading(3, 'three ', emphasis('em')),
        heading(4, 'four'),
        heading(5, 'five'),
        heading(6, 'six'),
        heading(2, 'ends with #'),
        heading(3, 'ends with ##'),
        heading(2),
        heading(4, 'with a', lineBreak(), 'break'),
        heading(2, 'setext', lineBreak(), 'candidate'),
        heading(2, ' spaces around '),
      ],
    }),
    lists: article({
      children: [
        list(false, ['one list']),
        list(false, ['a second list right after']),
        list(false, ['and a third']),
        list(true, ['ordered']),
        list(true, ['ordered again']),
        list(true, ['from zero', 'one'], 0),
        list(true, ['from ten', 'eleven'], 10),
        list(false, [listItem(thematicBreak()), listItem(), listItem(list(false, [listItem(list(false, ['deep']))]))]),
        list(false, [listItem(figure({ image: { url: 'https://img.example.com/a.png', alt: 'a' }, caption: 'in a list' })), 'plain']),
        list(true, [listItem(paragraph('loose'), paragraph('item')), 'tight one'], 7),
        list(false, [listItem(blockquote(['quoted in a list'], 'someone'))]),
      ],
    }),
    'star-bullet-thematic-break': article({ children: [list(false, [listItem(thematicBreak()), listItem('* text')])] }),
    blockquotes: article({
      children: [
        blockquote([blockquote(['nested'], 'inner'), list(true, ['in a quote'])], '*Jane* [Doe]'),
        blockquote([]),
        blockquote([], 'attribution only'),
        blockquote([paragraph('> already quoted')]),
      ],
    }),
    figures: article({
      children: [
        figure({ image: { url: 'https://img.example.com/x.png', alt: 'alt with ] and * and [', title: 'A "title"' }, caption: ['A ', strong('bold'), ' caption'], credit: 'Photo: A. B. / (AP)' }),
        figure({ image: { url: 'https://img.example.com/with space.png' } }),
        figure({ credit: 'credit only' }),
        figure({ caption: [emphasis('already emphasised')] }),
        figure({}),
      ],
    }),
    'dateline-before-heading': article({
      meta: { authors: [], tags: [], dateline: { text: '(CNN) –', place: null, agency: 'CNN', date: null } },
      children: [heading(2, 'starts with a heading'), paragraph('then text')],
    }),
    'dateline-without-separator': article({
      meta: { authors: [], tags: [], dateline: { text: 'WASHINGTON', place: 'WASHINGTON', agency: null, date: null } },
      children: [paragraph(emphasis('emphasised'), ' first words')],
    }),
    'dateline-rebuilt-from-parts': article({
      meta: { authors: [], tags: [], dateline: { text: '', place: 'OSLO', agency: 'AP', date: 'March 3' } },
      children: ['Text.'],
    }),
    'dateline-still-in-paragraph': article({
      meta: { authors: [], tags: [], dateline: { text: 'LISBON (Reuters) -', place: 'LISBON', agency: 'Reuters', date: null } },
      children: ['LISBON (Reuters) - The model kept the lead-in in the text.'],
    }),
    'dateline-only': article({
      meta: { authors: [], tags: [], dateline: { text: 'OSLO, March 3 -', place: 'OSLO', agency: null, date: 'March 3' } },
    }),
    'gfm-text': article({
      children: [
        paragraph('~~not struck~~ and ~single~'),
        paragraph('a | b', lineBreak(), ':-- | --:'),
        paragraph('www.example.com, http://example.com/x and user@example.com'),
        paragraph('- [ ] not a task'),
        paragraph('[^1] not a footnote'),
      ],
    }),
    metadata: article({
      meta: {
        title: 'Title with *stars* and a trailing #',
        subtitle: 'Dek with _underscores_',
        authors: [{ name: 'Ann', url: 'https://example.com/ann', role: 'Editor' }, { name: 'Bob' }, { name: 'Cy [c]' }],
        source: { url: 'https://example.com/only-url', originalUrl: 'https://example.com/original' },
        tags: ['yes', 'null', '1.0', '- dash', '# hash', 'key: value', '---', '...'],
        language: 'pt-BR',
        published: '2016-11-01',
      },
      children: [paragraph('Body.')],
    }),
    'odd-spaces': article({ children: [paragraph('a\u00a0b\u2003c'), paragraph('\u00a0leading no-break space'), paragraph(emphasis('\u00a0nbsp inside'))] }),
  };
}
