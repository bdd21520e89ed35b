import { readFileSync } from 'node:fs';
import { handmadeArticles, mosulGolden } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { MODEL_VERSION } from './article.js';
import { article, paragraph } from './builders.js';
import { ArticleValidationError, assertArticle, validateArticle } from './validate.js';

describe('validateArticle', () => {
  it('returns the typed article when valid', () => {
    const a = article({ meta: { title: 'T', tags: [] }, children: [paragraph('x')] });
    const result = validateArticle(a);
    expect(result).toEqual({ ok: true, article: a });
  });

  it('lists every problem with a JSON path and a readable message', () => {
    const result = validateArticle({
      type: 'article',
      version: '1.0.0',
      meta: { authors: [{ name: '' }], tags: [], published: 'last Tuesday' },
      children: [{ type: 'heading', depth: 9, children: [] }],
      removed: [{ type: 'removed', kind: 'advert', text: 'x', reason: 'y' }],
      diagnostics: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: '/meta/authors/0/name', message: 'Too small: expected string to have >=1 characters' },
      { path: '/meta/published', message: 'expected an ISO 8601 date (2016-10-31) or date-time (2016-10-31T09:30:00Z)' },
      { path: '/children/0/depth', message: 'Too big: expected number to be <=6' },
      { path: '/removed/0/kind', message: expect.stringContaining('expected one of "promo"') },
    ]);
  });

  it('reports a problem at the root as "/"', () => {
    expect(validateArticle(42)).toEqual({ ok: false, errors: [{ path: '/', message: 'Invalid input: expected object, received number' }] });
  });

  it('refuses another major version with one clear error, however broken the rest is', () => {
    const result = validateArticle({ type: 'article', version: '2.3.0', meta: 'not even an object' });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/version', message: 'unsupported model version 2.3.0: this package reads version 1.x.y documents' }],
    });
  });

  it('reads any minor and patch of its own major version', () => {
    for (const version of ['1.0.0', '1.2.0', '1.0.17', '1.10.3']) {
      expect(validateArticle({ ...article(), version }).ok, version).toBe(true);
    }
  });

  it('says what a version must look like when it is malformed', () => {
    const result = validateArticle({ ...article(), version: '1.0' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/1\.minor\.patch/);
  });

  it('writes the current version from the builders', () => {
    expect(article().version).toBe(MODEL_VERSION);
    expect(MODEL_VERSION.startsWith('1.')).toBe(true);
  });

  it('refuses unknown keys rather than dropping them', () => {
    const result = validateArticle({ ...article({ children: [paragraph('x')] }), children: [{ type: 'paragraph', children: [], class: 'lead' }] });
    expect(result).toEqual({ ok: false, errors: [{ path: '/children/0', message: 'Unrecognized key: "class"' }] });
  });

  it('accepts the golden seed and every hand-made article', () => {
    for (const [name, a] of Object.entries({ ...handmadeArticles(), mosul: mosulGolden() })) {
      const result = validateArticle(a);
      expect(result.ok ? [] : result.errors, name).toEqual([]);
    }
  });
});

describe('assertArticle', () => {
  it('returns the article when valid', () => {
    const a = article({ children: [paragraph('x')] });
    expect(assertArticle(a)).toEqual(a);
  });

  it('throws an ArticleValidationError listing every problem', () => {
    let thrown: unknown;
    try {
      assertArticle({ ...article(), children: 'none', removed: null });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArticleValidationError);
    const error = thrown as ArticleValidationError;
    expect(error.name).toBe('ArticleValidationError');
    expect(error.errors.map((e) => e.path)).toEqual(['/children', '/removed']);
    expect(error.message).toBe(
      'invalid article:\n  /children: Invalid input: expected array, received string\n  /removed: Invalid input: expected array, received null',
    );
  });
});

describe('the golden seed fixture', () => {
  it('is the seed article as the model: title, lead image, nine paragraphs, three removed spans', () => {
    const mosul = JSON.parse(readFileSync(new URL('../test/fixtures/mosul.article.json', import.meta.url), 'utf8')) as ReturnType<typeof mosulGolden>;
    expect(mosul.meta.title).toBe('Last Stronghold of ISIS Caliphate Set to Topple in Battle for Mosul');
    expect(mosul.meta.leadImage).toEqual({ type: 'figure', caption: [{ type: 'text', value: 'ISIS militants.' }], credit: 'Flickr' });
    expect(mosul.meta.source).toEqual({ name: 'Israel in the News', originalPublisher: 'Breaking Israel News | Latest News. Biblical Perspective.' });
    expect(mosul.children).toHaveLength(9);
    expect(mosul.children.every((block) => block.type === 'paragraph')).toBe(true);
    expect(mosul.removed.map((r) => r.kind)).toEqual(['promo', 'syndication', 'source']);
  });
});
