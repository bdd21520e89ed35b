import { type InvalidCase, minimalArticle, POSITION, type ValidCase, withMeta } from './embed-in-article.js';

const figure = { type: 'figure', caption: [{ type: 'text', value: 'ISIS militants.' }], credit: 'Flickr' };

export const validMeta: ValidCase[] = [
  { name: 'title and subtitle', document: withMeta({ title: 'A headline', subtitle: 'A dek' }) },
  { name: 'authors with and without role and url', document: withMeta({ authors: [{ name: 'Jane Roe', role: 'Staff Writer', url: 'https://example.com/jane' }, { name: 'Reuters' }] }) },
  { name: 'a full dateline', document: withMeta({ dateline: { text: 'LISBON, March 3 (Reuters) -', place: 'LISBON', agency: 'Reuters', date: 'March 3', position: POSITION } }) },
  { name: 'a dateline with nulls', document: withMeta({ dateline: { text: '(CNN) –', place: null, agency: 'CNN', date: null } }) },
  { name: 'published as a date', document: withMeta({ published: '2016-10-31' }) },
  { name: 'published as a UTC date-time', document: withMeta({ published: '2016-10-31T09:30:00Z' }) },
  { name: 'published with an offset and fraction', document: withMeta({ published: '2016-10-31T09:30:00.250+01:00' }) },
  { name: 'modified as a local date-time', document: withMeta({ modified: '2016-10-31T09:30' }) },
  { name: 'language', document: withMeta({ language: 'pt-BR' }) },
  { name: 'a full source', document: withMeta({ source: { name: 'Israel in the News', url: 'https://a.example/1', originalPublisher: 'Breaking Israel News', originalUrl: 'https://b.example/1' } }) },
  { name: 'an empty source', document: withMeta({ source: {} }) },
  { name: 'a lead image', document: withMeta({ leadImage: figure }) },
  { name: 'tags', document: withMeta({ tags: ['Iraq', 'Mosul'] }) },
  { name: 'stats', document: withMeta({ stats: { words: 362, characters: 2199, paragraphs: 9, readingMinutes: 2 } }) },
  { name: 'positions of string metadata', document: withMeta({ positions: { title: POSITION, subtitle: POSITION, byline: POSITION, published: POSITION } }) },
];

const { meta: _meta, ...withoutMeta } = minimalArticle();

export const invalidMeta: InvalidCase[] = [
  { name: 'no meta', document: withoutMeta, path: '/meta' },
  { name: 'meta without authors', document: { ...minimalArticle(), meta: { tags: [] } }, path: '/meta/authors' },
  { name: 'meta without tags', document: { ...minimalArticle(), meta: { authors: [] } }, path: '/meta/tags' },
  { name: 'a misspelt meta key', document: withMeta({ athors: [] }), path: '/meta' },
  { name: 'a number title', document: withMeta({ title: 1 }), path: '/meta/title' },
  { name: 'an author with an empty name', document: withMeta({ authors: [{ name: '' }] }), path: '/meta/authors/0/name' },
  { name: 'an author given as a string', document: withMeta({ authors: ['Jane Roe'] }), path: '/meta/authors/0' },
  { name: 'a dateline without place (null is required, not absence)', document: withMeta({ dateline: { text: 'X -', agency: null, date: null } }), path: '/meta/dateline/place' },
  { name: 'a dateline without text', document: withMeta({ dateline: { place: 'X', agency: null, date: null } }), path: '/meta/dateline/text' },
  { name: 'published in words', document: withMeta({ published: 'yesterday' }), path: '/meta/published' },
  { name: 'published in month 13', document: withMeta({ published: '2016-13-01' }), path: '/meta/published' },
  { name: 'published on 30 February', document: withMeta({ published: '2016-02-30' }), path: '/meta/published' },
  { name: 'a number source url', document: withMeta({ source: { url: 1 } }), path: '/meta/source/url' },
  { name: 'a lead image that is a paragraph', document: withMeta({ leadImage: { type: 'paragraph', children: [] } }), path: '/meta/leadImage/type' },
  { name: 'a number tag', document: withMeta({ tags: [1] }), path: '/meta/tags/0' },
  { name: 'negative word count', document: withMeta({ stats: { words: -1, characters: 0, paragraphs: 0, readingMinutes: 0 } }), path: '/meta/stats/words' },
  { name: 'fractional reading minutes', document: withMeta({ stats: { words: 1, characters: 1, paragraphs: 1, readingMinutes: 0.5 } }), path: '/meta/stats/readingMinutes' },
  { name: 'a title position that is not a position', document: withMeta({ positions: { title: { start: 0, end: 5 } } }), path: '/meta/positions/title/start' },
];
