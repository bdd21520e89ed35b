import { article, emphasis, figure, paragraph } from '@copydesk/model';
import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderJsonLd } from './json-ld.js';
import { serializeJsonLdForHtml } from './script-safe-json.js';

/** Every property schema.org defines on NewsArticle or inherits from Article/CreativeWork/Thing that the mapping may use. */
const NEWS_ARTICLE_PROPERTIES = new Set([
  '@context', '@type', 'headline', 'description', 'author', 'datePublished', 'dateModified', 'image', 'dateline',
  'publisher', 'sourceOrganization', 'isBasedOn', 'inLanguage', 'keywords', 'wordCount', 'articleBody', 'url',
  'mainEntityOfPage',
]);

/** No `undefined`, no empty strings, no empty arrays or objects, anywhere. */
function assertNoEmptyValues(value: unknown, path = '$'): void {
  if (value === undefined) throw new Error(`${path} is undefined`);
  if (typeof value === 'string' && value.trim() === '') throw new Error(`${path} is an empty string`);
  if (Array.isArray(value)) {
    if (value.length === 0) throw new Error(`${path} is an empty array`);
    value.forEach((item, i) => {
      assertNoEmptyValues(item, `${path}[${i}]`);
    });
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) throw new Error(`${path} is an empty object`);
    for (const [key, item] of entries) assertNoEmptyValues(item, `${path}.${key}`);
  }
}

describe('renderJsonLd', () => {
  it('maps every metadata field of the every-node fixture', () => {
    const ld = renderJsonLd(handmadeArticles()['every-node']!, { url: 'https://news.example.com/every-node' });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Every node type, once',
      description: 'A dek under the headline',
      author: [
        { '@type': 'Person', name: 'Jane Roe', jobTitle: 'Staff Writer' },
        { '@type': 'Person', name: 'John Doe' },
      ],
      datePublished: '2016-11-01T09:30:00Z',
      dateModified: '2016-11-02T10:00:00+01:00',
      image: { '@type': 'ImageObject', url: 'https://img.example.com/lead.jpg', caption: 'Troops gather at dawn.', creditText: 'Jane Roe/AP' },
      dateline: 'LISBON, March 3 (Reuters)',
      publisher: { '@type': 'Organization', name: 'Example Wire' },
      sourceOrganization: { '@type': 'Organization', name: 'Reuters' },
      isBasedOn: { '@type': 'CreativeWork', url: 'https://daily.example.com/1', publisher: { '@type': 'Organization', name: 'Example Daily' } },
      inLanguage: 'en',
      keywords: ['Iraq', 'Mosul'],
      wordCount: expect.any(Number),
      url: 'https://news.example.com/every-node',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/every-node' },
    });
    expect(ld.wordCount).toBeGreaterThan(30);
  });

  it('maps the seed article without inventing what it lacks', () => {
    const ld = renderJsonLd(mosulGolden());
    expect(ld.headline).toBe('Last Stronghold of ISIS Caliphate Set to Topple in Battle for Mosul');
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'Israel in the News' });
    expect(ld.isBasedOn).toEqual({
      '@type': 'CreativeWork',
      publisher: { '@type': 'Organization', name: 'Breaking Israel News | Latest News. Biblical Perspective.' },
    });
    expect(ld.wordCount).toBe(362);
    expect(ld.description?.startsWith('US-backed Iraqi ground troops')).toBe(true);
    expect(ld.description!.length).toBeLessThanOrEqual(200);
    expect(ld.description!.endsWith('…')).toBe(true);
    // The lead figure has a caption but no image URL, so there is no image to point to.
    expect(ld).not.toHaveProperty('image');
    expect(ld).not.toHaveProperty('author');
    expect(ld).not.toHaveProperty('url');
    expect(ld).not.toHaveProperty('articleBody');
  });

  it('makes agencies, desks and the dateline agency Organizations, and people Persons', () => {
    const a = article({
      meta: {
        authors: [
          { name: 'Reuters' },
          { name: 'Foreign Desk' },
          { name: 'The Editorial Board' },
          { name: 'Example Wire' },
          { name: 'Jane Roe', role: 'Associated Press' },
          { name: 'John Doe', role: 'Middle East correspondent', url: 'https://example.com/john' },
        ],
        source: { name: 'Example Wire' },
        tags: [],
      },
      children: [],
    });
    expect(renderJsonLd(a).author).toEqual([
      { '@type': 'Organization', name: 'Reuters' },
      { '@type': 'Organization', name: 'Foreign Desk' },
      { '@type': 'Organization', name: 'The Editorial Board' },
      { '@type': 'Organization', name: 'Example Wire' },
      { '@type': 'Person', name: 'Jane Roe', affiliation: { '@type': 'Organization', name: 'Associated Press' } },
      { '@type': 'Person', name: 'John Doe', jobTitle: 'Middle East correspondent', url: 'https://example.com/john' },
    ]);
  });

  it('describes an article without a subtitle by its first paragraph, dateline prefix removed', () => {
    const a = article({
      meta: { dateline: { text: 'LISBON (Reuters) -', place: 'LISBON', agency: 'Reuters', date: null }, authors: [], tags: [] },
      children: [paragraph('LISBON (Reuters) - The minister said ', emphasis('no'), '.')],
    });
    const ld = renderJsonLd(a);
    expect(ld.description).toBe('The minister said no.');
    expect(ld.dateline).toBe('LISBON (Reuters)');
  });

  it.each([
    [{ text: 'LISBON, March 3 (Reuters) -', place: 'LISBON', agency: 'Reuters', date: 'March 3' }, 'LISBON, March 3 (Reuters)'],
    [{ text: 'WASHINGTON —', place: 'WASHINGTON', agency: null, date: null }, 'WASHINGTON'],
    [{ text: 'KUALA LUMPUR:', place: 'KUALA LUMPUR', agency: null, date: null }, 'KUALA LUMPUR'],
    [{ text: ' - ', place: 'GAZA', agency: 'TPS', date: 'Feb 26' }, 'GAZA, Feb 26 (TPS)'],
    [{ text: '', place: null, agency: 'AP', date: null }, '(AP)'],
  ])('writes the dateline %j as %s', (dateline, expected) => {
    const a = article({ meta: { dateline, authors: [], tags: [] }, children: [] });
    expect(renderJsonLd(a).dateline).toBe(expected);
  });

  it('leaves out a dateline with nothing in it', () => {
    const a = article({ meta: { dateline: { text: ' -', place: null, agency: null, date: null }, authors: [], tags: [] }, children: [] });
    expect(renderJsonLd(a)).not.toHaveProperty('dateline');
  });

  it('resolves relative image URLs against the page and drops unsafe or unresolvable ones', () => {
    const withImage = (url: string) =>
      article({ meta: { leadImage: figure({ image: { url } }), authors: [], tags: [] }, children: [] });
    expect(renderJsonLd(withImage('/lead.jpg'), { url: 'https://news.example.com/a/b' }).image?.url).toBe('https://news.example.com/lead.jpg');
    expect(renderJsonLd(withImage('/lead.jpg')).image).toBeUndefined();
    expect(renderJsonLd(withImage('javascript:alert(1)'), { url: 'https://news.example.com/' }).image).toBeUndefined();
    expect(renderJsonLd(withImage('data:image/png;base64,AAAA')).image).toBeUndefined();
  });

  it('includes the body only when asked, and shortens the headline only when asked', () => {
    const a = article({ meta: { title: 'A rather long headline about the battle', authors: [], tags: [] }, children: [paragraph('One.'), paragraph('Two.')] });
    expect(renderJsonLd(a, { articleBody: true }).articleBody).toBe('One.\n\nTwo.');
    expect(renderJsonLd(a).headline).toBe('A rather long headline about the battle');
    expect(renderJsonLd(a, { headlineMaxLength: 20 }).headline).toBe('A rather long…');
  });

  it('never emits undefined, empty strings or unknown properties, and survives a JSON round trip', () => {
    fc.assert(
      fc.property(articleArb(), fc.option(fc.webUrl(), { nil: undefined }), (a, url) => {
        const ld = renderJsonLd(a, url === undefined ? {} : { url });
        assertNoEmptyValues(ld);
        for (const key of Object.keys(ld)) expect(NEWS_ARTICLE_PROPERTIES.has(key)).toBe(true);
        expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
        expect(Object.keys(ld).slice(0, 2)).toEqual(['@context', '@type']);
      }),
      { numRuns: 300 },
    );
  });
});

describe('serializeJsonLdForHtml', () => {
  it('escapes what could end or confuse a script element, and parses back to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script> <!-- & \u2028\u2029 >' };
    const out = serializeJsonLdForHtml(value);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toBe('{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 \\u2028\\u2029 \\u003e"}');
    expect(JSON.parse(out)).toEqual(value);
  });

  it('is safe and faithful for any article and any string', () => {
    fc.assert(
      fc.property(articleArb(), fc.string({ unit: 'binary' }), (a, title) => {
        const ld = renderJsonLd({ ...a, meta: { ...a.meta, title: `${title}</SCRIPT>` } });
        for (const pretty of [false, true]) {
          const out = serializeJsonLdForHtml(ld, { pretty });
          expect(out.toLowerCase()).not.toContain('</script');
          expect(out).not.toMatch(/[<>&\u2028\u2029]/);
          expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(ld)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('indents with two spaces when pretty', () => {
    expect(serializeJsonLdForHtml({ a: 1 }, { pretty: true })).toBe('{\n  "a": 1\n}');
  });

  it('refuses a value with no JSON form', () => {
    expect(() => serializeJsonLdForHtml(undefined)).toThrow(/no JSON form/);
  });
});
