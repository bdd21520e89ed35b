import { readFileSync } from 'node:fs';
import { type Article, article, paragraph } from '@copydesk/model';
import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom, shuffleKeys } from '../test/object-shapes.js';
import { contentId } from './content-id.js';
import { JSON_FEED_VERSION, type JsonFeed, renderJsonFeed } from './json-feed.js';
import { toRfc3339 } from './rfc3339.js';

const feedSchema = JSON.parse(readFileSync(new URL('../test/fixtures/jsonfeed-1.1.schema.json', import.meta.url), 'utf8')) as object;
// strictRequired is off: the spec's "content_html or content_text" is an anyOf of `required` lists.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validateFeed = ajv.compile(feedSchema);

function expectValidFeed(feed: unknown): void {
  // Validate what a reader receives: the JSON text, not the object.
  const received: unknown = JSON.parse(JSON.stringify(feed));
  if (!validateFeed(received)) throw new Error(`JSON Feed 1.1: ${ajv.errorsText(validateFeed.errors)}\n${JSON.stringify(received, null, 2).slice(0, 2000)}`);
}

const feedMeta = { title: 'Copydesk test feed', home_page_url: 'https://news.example.com/', feed_url: 'https://news.example.com/feed.json' };
const fixtures = (): Article[] => [mosulGolden(), ...Object.values(handmadeArticles())];

describe('the JSON Feed 1.1 schema written from the spec', () => {
  const minimal = { version: JSON_FEED_VERSION, title: 'T', items: [{ id: '1', content_text: 'x' }] };
  it('accepts the spec example and a minimal feed', () => {
    expect(validateFeed(minimal)).toBe(true);
    const example = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'My Example Feed',
      home_page_url: 'https://example.org/',
      feed_url: 'https://example.org/feed.json',
      items: [
        { id: '2', content_text: 'This is a second item.', url: 'https://example.org/second-item' },
        { id: '1', content_html: '<p>Hello, world!</p>', url: 'https://example.org/initial-post' },
      ],
    };
    expect(validateFeed(example)).toBe(true);
  });

  it.each([
    ['no version', { ...minimal, version: undefined }],
    ['version 1', { ...minimal, version: 'https://jsonfeed.org/version/1' }],
    ['no title', { ...minimal, title: undefined }],
    ['no items', { ...minimal, items: undefined }],
    ['an item without id', { ...minimal, items: [{ content_text: 'x' }] }],
    ['an item without content', { ...minimal, items: [{ id: '1', title: 'x' }] }],
    ['an empty author', { ...minimal, authors: [{}] }],
    ['a relative feed_url', { ...minimal, feed_url: '/feed.json' }],
    ['a date without offset', { ...minimal, items: [{ id: '1', content_text: 'x', date_published: '2016-11-01T09:30:00' }] }],
    ['an extension with a dot', { ...minimal, items: [{ id: '1', content_text: 'x', _copydesk: { 'a.b': 1 } }] }],
    ['an extension that is not an object', { ...minimal, _copydesk: 'x' }],
    ['a misspelt member', { ...minimal, items: [{ id: '1', content_text: 'x', date_publshed: '2016-11-01T09:30:00Z' }] }],
    ['an attachment without mime_type', { ...minimal, items: [{ id: '1', content_text: 'x', attachments: [{ url: 'https://e.com/a.mp3' }] }] }],
  ])('refuses a feed with %s', (_name, feed) => {
    expect(validateFeed(JSON.parse(JSON.stringify(feed)))).toBe(false);
  });
});

describe('renderJsonFeed', () => {
  it('writes the fixtures as a valid JSON Feed 1.1', () => {
    const feed = renderJsonFeed(fixtures(), { ...feedMeta, description: 'Fixtures', language: 'en', authors: [{ name: 'Desk', url: 'mailto:desk@example.com' }] });
    expectValidFeed(feed);
    expect(Object.keys(feed)).toEqual(['version', 'title', 'home_page_url', 'feed_url', 'description', 'language', 'authors', 'items']);
    expect(feed.items).toHaveLength(fixtures().length);
  });

  it('writes valid feeds for generated articles', () => {
    fc.assert(
      fc.property(fc.array(articleArb(), { maxLength: 8 }), fc.boolean(), (articles, withHtml) => {
        const unique = dedupe(articles);
        const feed = renderJsonFeed(unique, feedMeta, withHtml ? { contentHtml: (_a, i) => `<p>${i}</p>` } : {});
        expectValidFeed(feed);
        for (const item of feed.items) expect('content_html' in item).toBe(withHtml);
      }),
      { numRuns: 500 },
    );
  });

  it('maps the every-node fixture field by field', () => {
    const [item] = renderJsonFeed([handmadeArticles()['every-node']!], feedMeta).items;
    expect(item).toMatchObject({
      id: 'https://wire.example.com/story/1',
      url: 'https://wire.example.com/story/1',
      title: 'Every node type, once',
      summary: 'A dek under the headline',
      image: 'https://img.example.com/lead.jpg',
      date_published: '2016-11-01T09:30:00Z',
      date_modified: '2016-11-02T10:00:00+01:00',
      authors: [{ name: 'Jane Roe' }, { name: 'John Doe' }],
      tags: ['Iraq', 'Mosul'],
      language: 'en',
      _copydesk: {
        modelVersion: '1.0.0',
        removedSpans: 1,
        dateline: { text: 'LISBON, March 3 (Reuters) -', place: 'LISBON', agency: 'Reuters', date: 'March 3' },
        source: {
          name: 'Example Wire',
          url: 'https://wire.example.com/story/1',
          originalPublisher: 'Example Daily',
          originalUrl: 'https://daily.example.com/1',
        },
      },
    });
    expect(item!.content_text.startsWith('Plain text, emphasis, strong, a link, code.')).toBe(true);
    expect(item).not.toHaveProperty('content_html');
  });

  it('takes content_html only from the caller, as a function or an array', () => {
    const articles = fixtures();
    const html = articles.map((_a, i) => `<p>item ${i}</p>`);
    const fromArray = renderJsonFeed(articles, feedMeta, { contentHtml: html });
    const fromFunction = renderJsonFeed(articles, feedMeta, { contentHtml: (_a, i) => html[i] });
    expect(fromArray).toEqual(fromFunction);
    expect(fromArray.items.map((item) => item.content_html)).toEqual(html);
    expect(fromArray.items.every((item) => typeof item.content_text === 'string')).toBe(true);
  });

  it('takes ids from the caller, else the URL, else the original URL, else a content hash', () => {
    const base = handmadeArticles()['every-node']!;
    const noUrl = { ...base, meta: { ...base.meta, source: { originalUrl: 'https://daily.example.com/1' } } };
    const nothing = { ...base, meta: { ...base.meta, source: undefined } };
    expect(renderJsonFeed([base], feedMeta, { itemId: ['custom-1'] }).items[0]!.id).toBe('custom-1');
    expect(renderJsonFeed([base], feedMeta).items[0]!.id).toBe('https://wire.example.com/story/1');
    expect(renderJsonFeed([noUrl], feedMeta).items[0]!.id).toBe('https://daily.example.com/1');
    const hashed = renderJsonFeed([nothing], feedMeta).items[0]!.id;
    expect(hashed).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashed).toBe(contentId(nothing));
  });

  it('derives the same content id whatever the key order, and a new one for any edit', () => {
    fc.assert(
      fc.property(articleArb(), fc.integer(), (a, seed) => {
        expect(contentId(shuffleKeys(a, seededRandom(seed)))).toBe(contentId(a));
        const edited = { ...a, children: [...a.children, paragraph('One more.')] };
        expect(contentId(edited)).not.toBe(contentId(a));
      }),
      { numRuns: 200 },
    );
    // Pinned, so a change in canonical JSON or hashing shows up here.
    expect(contentId(mosulGolden())).toBe('sha256:69a8e0326c1e1a502702e25315f5dec06c63a68d6e8abd5619e8b69f241ccbd1');
  });

  it('refuses duplicate ids, a feed without a title and relative feed URLs', () => {
    const a = mosulGolden();
    expect(() => renderJsonFeed([a, a], feedMeta)).toThrow(/items 0 and 1 have the same id/);
    expect(() => renderJsonFeed([a], { title: ' ' })).toThrow(/needs a title/);
    expect(() => renderJsonFeed([a], { title: 'T', feed_url: '/feed.json' })).toThrow(/feed_url must be an absolute http\(s\) URL/);
  });

  it('writes dates as RFC 3339 and drops what cannot be a URL', () => {
    const a = article({
      meta: { published: '2016-11-01', modified: '2016-11-01T09:30', source: { url: 'not a url' }, authors: [], tags: [] },
      children: [paragraph('x')],
    });
    const [item] = renderJsonFeed([a], feedMeta).items;
    expect(item!.date_published).toBe('2016-11-01T00:00:00Z');
    expect(item!.date_modified).toBe('2016-11-01T09:30:00Z');
    expect(item).not.toHaveProperty('url');
    expect(item!._copydesk.source).toEqual({ url: 'not a url' });
    expectValidFeed(renderJsonFeed([a], feedMeta));
  });

  it('renders the seed article as a feed item', () => {
    const feed: JsonFeed = renderJsonFeed([mosulGolden()], feedMeta);
    expect(`${JSON.stringify(feed.items[0], null, 2)}\n`).toBe(readFileSync(new URL('../test/fixtures/mosul.feed-item.json', import.meta.url), 'utf8'));
  });
});

describe('toRfc3339', () => {
  it.each([
    ['2016-11-01', '2016-11-01T00:00:00Z'],
    ['2016-11-01T09:30', '2016-11-01T09:30:00Z'],
    ['2016-11-01T09:30:05.123', '2016-11-01T09:30:05.123Z'],
    ['2016-11-01T09:30:00+01:00', '2016-11-01T09:30:00+01:00'],
    ['2016-11-01T09:30:00Z', '2016-11-01T09:30:00Z'],
    ['November 1, 2016', undefined],
  ])('%s → %s', (input, output) => {
    expect(toRfc3339(input)).toBe(output);
  });
});

/** Generated articles can be identical; a feed needs distinct ids, so keep one of each. */
function dedupe(articles: Article[]): Article[] {
  const seen = new Set<string>();
  return articles.filter((a) => {
    const id = renderJsonFeed([a], feedMeta).items[0]!.id;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
