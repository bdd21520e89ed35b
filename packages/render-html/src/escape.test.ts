import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeJsonForHtml, escapeText, safeUrl } from './escape.js';

describe('escapeText', () => {
  it('escapes what could start markup', () => {
    expect(escapeText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(escapeText('"quotes" stay')).toBe('"quotes" stay');
  });
  it('replaces code points HTML cannot carry with U+FFFD and keeps the rest', () => {
    expect(escapeText('a\u0000b\u0007c\u009bd\ufffee\ud800f')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf');
    expect(escapeText('tab\tline\nemoji 😀 \u{1fffe}')).toBe('tab\tline\nemoji 😀 \ufffd');
  });
  it('returns the same string when nothing needs escaping', () => {
    const value = 'plain text — with “quotes”';
    expect(escapeText(value)).toBe(value);
  });
});

describe('escapeAttribute', () => {
  it('escapes quotes of both kinds, ampersands and angle brackets', () => {
    expect(escapeAttribute(`"'&<>`)).toBe('&quot;&#39;&amp;&lt;&gt;');
  });
});

/**
 * The escaping rules written out one code point at a time, slowly and plainly, to check the
 * fast single-pass escapers against.
 */
function referenceEscape(value: string, quotes: boolean): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) as number;
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (quotes && char === '"') out += '&quot;';
    else if (quotes && char === "'") out += '&#39;';
    else if (code < 0x20 && char !== '\t' && char !== '\n' && char !== '\f' && char !== '\r') out += '\ufffd';
    else if ((code >= 0x7f && code <= 0x9f) || (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) out += '\ufffd';
    else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else out += char;
  }
  return out;
}

describe('escapeText and escapeAttribute against a code-point-by-code-point reference', () => {
  // Mostly plain text with the characters that matter mixed in at any position.
  const tricky = fc.constantFrom('&', '<', '>', '"', "'", '\u0000', '\u0007', '\t', '\n', '\f', '\r', '\u007f', '\u009f', '\u00a0', '\ud7ff', '\ud800', '\udc00', '\ud83d\ude00', '\ud83f\udffe', '\ufdd0', '\ufffe', '\uffff', '\ue000', 'é', '—', 'a', ' ');
  const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 30 }).map((parts) => parts.join(''));

  it('agree on any string', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(escapeText(value)).toBe(referenceEscape(value, false));
        expect(escapeAttribute(value)).toBe(referenceEscape(value, true));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('escapeJsonForHtml', () => {
  it('writes forbidden code points as JSON escapes, which parse back to the same string', () => {
    const json = JSON.stringify({ a: 'x\u009by\ufffe\u{1fffe}z' });
    const escaped = escapeJsonForHtml(json);
    expect(escaped).toBe('{"a":"x\\u009by\\ufffe\\ud83f\\udffez"}');
    expect(JSON.parse(escaped)).toEqual(JSON.parse(json));
  });

  it('escapes exactly the code points HTML forbids, for any string', () => {
    const forbidden = (code: number): boolean =>
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0xfdd0 && code <= 0xfdef) ||
      (code & 0xfffe) === 0xfffe ||
      (code >= 0xd800 && code <= 0xdfff);
    const special = fc.constantFrom('\u0000', '\u007f', '\u0080', '\u009f', '\u00a0', '\ud800', '\udfff', '\ud83d\ude00', '\ud83f\udffe', '\ufdd0', '\ufdef', '\ufffe', '\uffff', '<', 'a');
    const jsonText = fc.array(fc.oneof(special, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));
    const unit = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
    fc.assert(
      fc.property(jsonText, (value) => {
        // JSON.stringify itself escapes C0 controls and lone surrogates; the rest is left to escapeJsonForHtml.
        const json = JSON.stringify({ a: value });
        let expected = '';
        for (const char of json) {
          const code = char.codePointAt(0) as number;
          expected += forbidden(code) ? unit(char.charCodeAt(0)) + (char.length > 1 ? unit(char.charCodeAt(1)) : '') : char;
        }
        const escaped = escapeJsonForHtml(json);
        expect(escaped).toBe(expected);
        expect(JSON.parse(escaped)).toEqual({ a: value });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('safeUrl', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001f javascript:alert(1)',
    'java\u0000script:alert(1)',
    'javascript\t:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    ':no-scheme',
    '   ',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)} in href and src`, () => {
      expect(safeUrl(url, 'href').ok).toBe(false);
      expect(safeUrl(url, 'src').ok).toBe(false);
    });
  }

  it('allows http, https, mailto, tel and relative URLs in href', () => {
    expect(safeUrl('https://example.com/a?b=1&c=2#d', 'href')).toEqual({ ok: true, url: 'https://example.com/a?b=1&c=2#d' });
    expect(safeUrl('HTTP://Example.COM', 'href')).toEqual({ ok: true, url: 'http://example.com/' });
    expect(safeUrl('MAILTO:desk@example.com', 'href')).toEqual({ ok: true, url: 'mailto:desk@example.com' });
    expect(safeUrl('tel:+1-555-0100', 'href')).toEqual({ ok: true, url: 'tel:+1-555-0100' });
    expect(safeUrl('/relative/path?x=1', 'href')).toEqual({ ok: true, url: '/relative/path?x=1' });
    expect(safeUrl('//cdn.example.com/a', 'href')).toEqual({ ok: true, url: '//cdn.example.com/a' });
    expect(safeUrl('story.html', 'href')).toEqual({ ok: true, url: 'story.html' });
  });

  it('allows data: only for images, and only in src', () => {
    expect(safeUrl('data:image/png;base64,iVBORw0KGgo=', 'src')).toEqual({ ok: true, url: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(safeUrl('data:image/png;base64,iVBORw0KGgo=', 'href').ok).toBe(false);
    expect(safeUrl('data:image,x', 'src').ok).toBe(false);
    expect(safeUrl('mailto:a@b.c', 'src').ok).toBe(false);
  });

  it('strips what a browser strips before reading the scheme', () => {
    expect(safeUrl('  https://example.com/a\n', 'href')).toEqual({ ok: true, url: 'https://example.com/a' });
    expect(safeUrl('ht\ttps://example.com/', 'href')).toEqual({ ok: true, url: 'https://example.com/' });
  });

  it('percent-encodes what a valid URL cannot hold', () => {
    expect(safeUrl('https://example.com/a b[c]|d^e"f', 'href')).toEqual({ ok: true, url: 'https://example.com/a%20b%5Bc%5D%7Cd%5Ee%22f' });
    expect(safeUrl('/é?q=1#one#two', 'href')).toEqual({ ok: true, url: '/%C3%A9?q=1#one%23two' });
    expect(safeUrl('/100%/ok%20', 'href')).toEqual({ ok: true, url: '/100%25/ok%20' });
    expect(safeUrl('\\\\evil.example\\x', 'href')).toEqual({ ok: true, url: '%5C%5Cevil.example%5Cx' });
    expect(safeUrl('mailto:a b@example.com', 'href')).toEqual({ ok: true, url: 'mailto:a%20b@example.com' });
  });

  it('leaves entity-encoded schemes inert: the model holds no entities, so `&#106;` is literal text', () => {
    // The `&` is written as `&amp;` in the attribute, so a browser reads a relative URL whose
    // path starts with "&" and never decodes the entity into a scheme.
    for (const url of ['&#106;avascript:alert(1)', 'jav&#x09;ascript:alert(1)', 'javascript&colon;alert(1)']) {
      const result = safeUrl(url, 'href');
      expect(result.ok).toBe(true);
      if (result.ok) expect(new URL(escapeAttribute(result.url).replaceAll('&amp;', '&'), 'https://page.example/').protocol).toBe('https:');
    }
  });

  it('refuses http URLs the URL parser cannot read', () => {
    expect(safeUrl('https://exa mple.com/', 'href').ok).toBe(false);
    expect(safeUrl('http://', 'href').ok).toBe(false);
  });
});
