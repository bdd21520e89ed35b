import { describe, expect, it } from 'vitest';
import { absoluteWebUrl } from './web-url.js';

describe('absoluteWebUrl', () => {
  it.each([
    ['https://example.com/a?b=1&c=2', undefined, 'https://example.com/a?b=1&c=2'],
    ['  HTTP://Example.COM ', undefined, 'http://example.com/'],
    ['/lead.jpg', 'https://news.example.com/a/b', 'https://news.example.com/lead.jpg'],
    ['lead.jpg', 'https://news.example.com/a/b', 'https://news.example.com/a/lead.jpg'],
    ['/lead.jpg', undefined, undefined],
    ['javascript:alert(1)', undefined, undefined],
    ['JaVaScRiPt:alert(1)', 'https://news.example.com/', undefined],
    ['data:image/png;base64,AAAA', undefined, undefined],
    ['mailto:desk@example.com', undefined, undefined],
    ['', undefined, undefined],
    ['http://', undefined, undefined],
  ])('%s (base %s) → %s', (value, base, expected) => {
    expect(absoluteWebUrl(value, base)).toBe(expected);
  });

  it('allows other schemes only when asked', () => {
    expect(absoluteWebUrl('mailto:desk@example.com', undefined, ['mailto:'])).toBe('mailto:desk@example.com');
  });
});
