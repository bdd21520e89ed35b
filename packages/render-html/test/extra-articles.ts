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
 * Models for the cases the test kit's hand-made set does not reach: nesting, shapes at the
 * edges of the model, URLs the renderer must refuse, metadata without its companions.
 */
export function extraArticles(): Record<string, Article> {
  return {
    'nested-structures': article({
      meta: { title: 'Nesting', language: 'pt-BR', authors: [{ name: 'Ana Souza', url: 'https://example.com/ana' }], tags: [] },
      children: [
        blockquote([paragraph('Outer quote.'), blockquote([paragraph('Inner quote.')], 'Inner Source')], 'Outer Source'),
        list(true, [listItem(paragraph('First paragraph of an item.'), paragraph('Second paragraph.')), listItem(paragraph('Tight item.'))], 0),
        list(false, [listItem(list(false, ['only a nested list'])), listItem(figure({ caption: 'A figure in a list.' }))]),
        paragraph(link('https://example.com/outer', ['outer ', link('https://example.com/inner', 'inner'), ' text'])),
        paragraph(strong(emphasis('strong emphasis'), ' and ', inlineCode('<code>'))),
        heading(6, 'Deepest heading'),
      ],
    }),
    'refused-urls': article({
      meta: {
        title: 'Refused URLs keep their text',
        authors: [{ name: 'Mallory', url: 'javascript:alert(1)' }],
        source: { name: 'Bad Source', url: 'vbscript:x', originalPublisher: 'Bad Original', originalUrl: 'data:text/html,x' },
        leadImage: figure({ image: { url: 'javascript:alert(1)', alt: 'never shown' }, caption: 'Caption stays.' }),
        tags: [],
      },
      children: [
        paragraph('A ', link('JaVaScRiPt:alert(1)', 'disguised link'), ' and ', link('https://example.com/ok', 'a good one'), '.'),
        figure({ image: { url: 'data:image/png;base64,iVBORw0KGgo=', alt: 'A data image' }, caption: 'Data images are allowed in src.' }),
        figure({ image: { url: 'data:text/html;base64,PHNjcmlwdD4=' } }),
        embed('vbscript:msgbox(1)', 'Fallback text of a refused embed', 'Evil'),
        embed('https://twitter.com/x/status/1', ''),
        paragraph(link('mailto:desk@example.com', 'mail'), ', ', link('tel:+1-555-0100', 'phone'), ', ', link('/relative/path?a=1#frag#more', 'relative'), ', ', link('https://example.com/a b[c]|d', 'spaces and brackets')),
      ],
    }),
    'dateline-only': article({
      meta: { dateline: { text: 'WASHINGTON (AP) -', place: 'WASHINGTON', agency: 'AP', date: null }, authors: [], tags: [] },
      children: [heading(2, 'A heading first'), list(false, ['no paragraph here'])],
    }),
    'dateline-from-parts': article({
      meta: { title: 'Rebuilt dateline', dateline: { text: '', place: 'PARIS', agency: 'AFP', date: 'Jan 5' }, authors: [], tags: [] },
      children: [paragraph('PARIS, Jan 5 (AFP) – a paragraph that still starts with text.')],
    }),
    'dateline-in-paragraph': article({
      meta: { title: 'Dateline kept in the text', dateline: { text: 'LONDON (Reuters) -', place: 'LONDON', agency: 'Reuters', date: null }, authors: [], tags: [] },
      children: [paragraph('LONDON (Reuters) - The text already starts with the dateline.'), thematicBreak()],
    }),
    'dates-and-language': article({
      meta: {
        title: 'Dates',
        published: '2024-02-29',
        modified: '2024-03-01T08:05:09.123456+05:30',
        language: 'fr',
        authors: [{ name: 'Agence', role: 'AFP' }, { name: 'Two' }, { name: 'Three', role: 'Photos' }],
        tags: ['politique'],
        source: { url: 'https://www.example.fr/article' },
      },
      children: [paragraph('Texte.', lineBreak(), 'Suite.')],
    }),
    'bad-language-and-dates': article({
      meta: { title: 'Bad metadata', language: 'not a language!', published: '2016-02-30', modified: 'yesterday', authors: [], tags: [] },
      children: [paragraph('Body.')],
    }),
    boilerplate: article({
      meta: { title: 'Kept boilerplate', authors: [], tags: [] },
      children: [paragraph('Body.'), { type: 'paragraph', boilerplate: { kind: 'promo', reason: 'A call to action.' }, children: [{ type: 'text', value: 'Donate now!' }] }],
      removed: [{ type: 'removed', kind: 'share', text: 'Share on Facebook -- and <Twitter>', reason: 'Share furniture.', rule: 'share/buttons' }],
    }),
  };
}
