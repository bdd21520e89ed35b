import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from './sniff.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url));

describe('sniffFormat', () => {
  it.each([
    ['  <!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['<div><p>one</p><p>two</p></div>', 'html'],
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel>', 'feed'],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'feed'],
    ['---\ntitle: A story\n---\n\nBody.', 'markdown'],
    ['# A heading\n\nBody.', 'markdown'],
    ['Headline\n\nLONDON (Reuters) - Body <with> an angle bracket.', 'text'],
    ['<Breaking> a headline in angle brackets\n\nBody.', 'text'],
  ])('%j is %s', (text, format) => {
    expect(sniffFormat(bytes(text))).toBe(format);
  });

  it('takes the extension as a hint when the content does not say', () => {
    expect(sniffFormat(bytes('Hello'), 'page.htm')).toBe('html');
    expect(sniffFormat(bytes('Hello'), 'notes.md')).toBe('markdown');
    expect(sniffFormat(bytes('Hello'), 'story.txt')).toBe('text');
  });

  it('reads UTF-16 with a byte order mark as text, and NUL-laden bytes as binary', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Headline'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(sniffFormat(utf16)).toBe('text');
    expect(sniffFormat(fixture('image.png'))).toBe('binary');
    expect(sniffFormat(fixture('page.html'))).toBe('html');
    expect(sniffFormat(fixture('articles/world/mosul.txt'))).toBe('text');
  });
});
