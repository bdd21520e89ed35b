import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { type NormalisedText, normaliseText } from './normalise.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures');
const fixture = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
/** The original text behind each repair diagnostic that has a position. */
const repaired = (n: NormalisedText, code: string): string[] =>
  n.diagnostics.filter((d) => d.code === code && d.position).map((d) => n.original.slice(d.position!.start.offset, d.position!.end.offset));

test('the example in the documentation', () => {
  const n = normaliseText('Caf\u00c3\u00a9 &amp; bar\r\n');
  expect(n.text).toBe('Café & bar\n');
  expect(n.toOriginal(5)).toBe(6);
  expect(n.diagnostics.map((d) => d.code)).toEqual(['normalise/mojibake', 'normalise/entity']);
});

describe('line endings', () => {
  test('CRLF and lone CR become LF, without diagnostics', () => {
    const n = normaliseText(fixture('normalise-crlf.txt'));
    expect(n.text).toBe('Headline\n\nFirst paragraph,\nstill first.\nOld Mac line.\n\nUnix line.\n');
    expect(n.diagnostics).toEqual([]);
  });

  test('positions count lines the way the original ends them', () => {
    const n = normaliseText('a\r\nb\rc\nd');
    expect(n.text).toBe('a\nb\nc\nd');
    expect([0, 2, 4, 6].map((i) => n.pointAt(n.toOriginal(i)))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 2, column: 1, offset: 3 },
      { line: 3, column: 1, offset: 5 },
      { line: 4, column: 1, offset: 7 },
    ]);
    expect(n.toOriginal(1)).toBe(1); // the LF that stands for CRLF starts at the CR
    expect(n.positionOf(2, 3)).toEqual({ start: { line: 2, column: 1, offset: 3 }, end: { line: 2, column: 2, offset: 4 } });
  });

  test('positions that end at the same offset have points of their own', () => {
    const n = normaliseText('- item one\n- item two\n');
    const paragraph = n.positionOf(2, 10);
    const item = n.positionOf(0, 10);
    expect(item.end).toEqual(paragraph.end);
    expect(item.end).not.toBe(paragraph.end);
    expect(item).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 11, offset: 10 } });
    expect(paragraph.start).toEqual({ line: 1, column: 3, offset: 2 });
  });

  test('U+2028, vertical tab and form feed are line breaks and U+2029 a paragraph break', () => {
    expect(normaliseText('a\u2028b\u2029c\vd\fe').text).toBe('a\nb\n\nc\nd\ne');
  });
});

describe('spaces, invisibles and controls', () => {
  test('the zero-width fixture', () => {
    const n = normaliseText(fixture('normalise-zero-width.txt'));
    expect(n.text).toBe(
      'zerowidth words, softhyphen, wordjoiner, bominside, bell, del, c1…end.\n' +
        'Persian \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 and family \u{1F468}\u200d\u{1F469} keep their joiners.\n' +
        'no break thin ideographic narrow and tabs\n\tindented by a tab\n',
    );
    expect(repaired(n, 'normalise/invisible')).toEqual(['\u200b', '\u200c', '\u200d', '\u00ad', '\u2060', '\ufeff', '\u0007', '\u007f']);
    expect(repaired(n, 'normalise/space')).toEqual(['\u00a0', '\u2009', '\u3000', '\u202f', '\t', '\t']);
    expect(n.diagnostics.every((d) => d.severity === 'info')).toBe(true);
  });

  test('every odd space becomes a plain space', () => {
    const spaces = '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000';
    expect(normaliseText(`a${spaces}b`).text).toBe(`a${' '.repeat(spaces.length)}b`);
  });

  test('C0 controls other than tab and line ends, DEL and undefined C1 controls are removed', () => {
    let all = '';
    for (let c = 0; c < 0x20; c++) if (c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) all += String.fromCharCode(c);
    expect(normaliseText(`a${all}\u007f\u0081\u008d\u008f\u0090\u009db`).text).toBe('ab');
  });

  test('C1 controls that Windows-1252 defines become its characters', () => {
    expect(normaliseText('it\u0092s \u0093quoted\u0094 \u0096 \u0080').text).toBe('it’s “quoted” – €');
  });

  test('tabs: indentation kept, inside a line a space', () => {
    expect(normaliseText('\t\tindent\tword\n \tmixed indent\there').text).toBe('\t\tindent word\n \tmixed indent here');
  });

  test('bidirectional marks are kept', () => {
    expect(normaliseText('a\u200eb\u200fc\u202bd\u2066e').text).toBe('a\u200eb\u200fc\u202bd\u2066e');
  });

  test('a BOM at the very start is removed like any other', () => {
    expect(normaliseText('\ufeffHeadline').text).toBe('Headline');
  });
});

describe('HTML entities', () => {
  test('the entity soup fixture', () => {
    const n = normaliseText(fixture('normalise-entity-soup.txt'));
    expect(n.text).toBe(
      'Tom & Jerry’s "show" — © 2016  AT&T R&D Q&A\nCafé ’ “quoted” … "double" &amplifier &notanentity; 😀\n',
    );
    expect(n.repairs.entity).toBe(15);
    expect(repaired(n, 'normalise/entity').slice(0, 3)).toEqual(['&amp;', '&#8217;', '&quot;']);
  });

  test('named, decimal and hex references, with and without semicolons', () => {
    expect(normaliseText('&lt;b&gt; &#38; &#x26; &#X26 &#8217s &euro;').text).toBe('<b> & & & ’s €');
  });

  test('legacy names without a semicolon only where a browser decodes them in an attribute', () => {
    expect(normaliseText('&nbsp &amp x &copy 2020 &copy2020 &amplifier &ampx').text).toBe('  & x © 2020 &copy2020 &amplifier &ampx');
  });

  test('a legacy name glued to the word before is not a reference, but the five everyday ones are', () => {
    expect(normaliseText(fixture('normalise-glued-entities.txt')).text).toBe(
      'Stop the propaganda& DISGUSTING hate&divide thy spew. Rock&not roll, a  b, 5< 6, x&nbspy, © 2016.\n',
    );
  });

  test('decoded text never becomes markup or a new entity', () => {
    expect(normaliseText('&lt;br&gt; &amp;lt;').text).toBe('<br> <');
  });

  test('entities that decode to spaces or invisibles are normalised too', () => {
    expect(normaliseText('a&nbsp;b&#8203;c&shy;d&#13;e').text).toBe('a bcd\ne');
  });

  test('a CR and LF as entities are one line end, as CRLF is', () => {
    expect(normaliseText('a&#13;&#10;b&#13;\nc&#13;d&#xD;&#xA;e').text).toBe('a\nb\nc\nd\ne');
  });

  test('numbers HTML forbids become U+FFFD or their Windows-1252 character', () => {
    expect(normaliseText('&#0; &#x110000; &#146; &#xD800;').text).toBe('\ufffd \ufffd ’ \ufffd');
  });

  test('a bare ampersand and unknown names stay', () => {
    expect(normaliseText('AT&T & R&D &; &#; &#x; &bogus;').text).toBe('AT&T & R&D &; &#; &#x; &bogus;');
  });
});

describe('stray markup', () => {
  test('the stray tags fixture', () => {
    const n = normaliseText(fixture('normalise-stray-tags.txt'));
    expect(n.text).toBe(
      'First paragraph with bold and a link.\n\nSecond paragraph.\nNext line\n\n' +
        'Hearts <3 and a < b > c stay, as do <joe@example.com>, FORD <F> and <IBM>.\n' +
        'Line one\n\nLine two\n',
    );
    expect(n.repairs.markup).toBe(15);
  });

  test('only tag-shaped runs of known element names are tags', () => {
    const kept = 'a <3 b, x < y > z, <name>, <title>, <source>, <foo>, <a, <p<, < p>, <br, <F>, <IBM>, <BR>, <3d>';
    expect(normaliseText(kept).text).toBe(kept);
  });

  test('tickers and company names in wire copy are not tags', () => {
    const wire = fixture('normalise-wire-brackets.txt');
    const n = normaliseText(wire);
    expect(n.text).toBe(wire);
    expect(n.diagnostics).toEqual([]);
  });

  test('uppercase tags count when they close or carry attributes', () => {
    expect(normaliseText('<P ALIGN="center">text</P>\n<B>').text).toBe('text\n<B>');
  });

  test('a > inside a quoted attribute does not end the tag', () => {
    expect(normaliseText('<a title="1 > 0" href=x>link</a>').text).toBe('link');
  });

  test('a tag that runs over a line end is not a tag', () => {
    expect(normaliseText('<a href="x\n">').text).toBe('<a href="x\n">');
  });

  test('comments on one line are removed', () => {
    expect(normaliseText('a<!-- x -->b <!-- open\nc -->').text).toBe('ab <!-- open\nc -->');
  });

  test('<br> breaks a line, block tags a paragraph, only with text on both sides', () => {
    expect(normaliseText('one<br>two').text).toBe('one\ntwo');
    expect(normaliseText('one <br> two').text).toBe('one\ntwo');
    expect(normaliseText('one<br><br>two').text).toBe('one\n\ntwo');
    expect(normaliseText('one</p><p>two').text).toBe('one\n\ntwo');
    expect(normaliseText('<p>one</p>\n<p>two</p>').text).toBe('one\ntwo');
    expect(normaliseText('one<br>\ntwo').text).toBe('one\ntwo');
    expect(normaliseText('one<li>two<li>three').text).toBe('one\ntwo\nthree');
    expect(normaliseText('a</td><td>b</td>').text).toBe('a b');
  });

  test('a break keeps positions inside the line it came from', () => {
    const n = normaliseText('one <br> two');
    const second = n.text.indexOf('two');
    expect(n.toOriginal(second)).toBe(9);
    expect(n.pointAt(n.toOriginal(second)).line).toBe(1);
  });
});

describe('mojibake', () => {
  test('the mojibake fixture', () => {
    const n = normaliseText(fixture('normalise-mojibake.txt'));
    expect(n.text).toBe(
      'It’s a “test” — with Café and £5, München, naïve.\n' +
        'Double: ’ and emoji 😀. SÃO PAULO stays, and so does “CAFÉ”.\n' +
        'NBSP: here.\n',
    );
    expect(repaired(n, 'normalise/mojibake').slice(0, 4)).toEqual(['â€™', 'â€œ', 'â€\u009d', 'â€”']);
  });

  test('common sequences', () => {
    const cases: Array<[string, string]> = [
      ['â€™', '’'],
      ['â€˜', '‘'],
      ['â€œ', '“'],
      ['â€\u009d', '”'],
      ['â€“', '–'],
      ['â€”', '—'],
      ['â€¦', '…'],
      ['Ã©', 'é'],
      ['Ã¨', 'è'],
      ['Ã¶', 'ö'],
      ['Ã‰', 'É'],
      ['Â£', '£'],
      ['Â°', '°'],
      ['Ä…', 'ą'],
      ['Ð¿Ñ€Ð¸Ð²ÐµÑ‚', 'привет'],
      ['ðŸ‘\u008d', '👍'],
      ['â€¢', '•'],
      ['â‚¬', '€'],
      ['Ã±', 'ñ'],
      ['Ã\u00ad', 'í'],
      ['Ã\u0081', 'Á'],
      ['Ã\u009d', 'Ý'],
      ['Ã‚Â\u00a0', ' '],
      ['wordâ€‹', 'word'],
    ];
    for (const [broken, fixed] of cases) expect(normaliseText(`x ${broken} y`).text, broken).toBe(`x ${fixed} y`);
  });

  test('Latin-1 flavoured mojibake (C1 controls) is repaired the same way', () => {
    expect(normaliseText('it\u00e2\u0080\u0099s').text).toBe('it’s');
  });

  test('text mis-decoded twice', () => {
    expect(normaliseText('Ã¢â‚¬Å“quotedÃ¢â‚¬Â\u009d and CafÃƒÂ©').text).toBe('“quoted” and Café');
  });

  test('a lost last byte: `â€` at the end of a run is a closing quote', () => {
    expect(normaliseText('â€œhiâ€ there').text).toBe('“hi” there');
    expect(normaliseText('â€œhiâ€\ufffd there').text).toBe('“hi” there');
  });

  test('real accented text is left alone', () => {
    const real = "SÃO PAULO, ÇA VA, “CAFÉ”, à «bientôt», São Tomé, naïve, Ãé, 'Ã', 'Â', façade";
    expect(normaliseText(real).text).toBe(real);
  });

  test('a no-break space mis-decoded as `Â ` loses the `Â`', () => {
    expect(normaliseText('5Â km').text).toBe('5 km');
  });
});

describe('diagnostics', () => {
  test('capped per kind: ten with positions, then one summary', () => {
    const n = normaliseText('&amp; '.repeat(20_000));
    expect(n.text).toBe('& '.repeat(20_000));
    expect(n.diagnostics).toHaveLength(11);
    expect(n.diagnostics.slice(0, 10).every((d) => d.position)).toBe(true);
    expect(n.diagnostics[10]).toMatchObject({ code: 'normalise/entity', severity: 'info' });
    expect(n.diagnostics[10]!.message).toBe('19990 more HTML entities decoded (20000 in all); only the first 10 are listed.');
    expect(n.repairs.entity).toBe(20_000);
  });

  test('the cap is an option', () => {
    expect(normaliseText('&amp;&amp;&amp;', { diagnosticsPerKind: 1 }).diagnostics).toHaveLength(2);
  });

  test('positions of repairs point at the original', () => {
    const n = normaliseText('x\r\ny &amp; z');
    expect(n.diagnostics[0]!.position).toEqual({ start: { line: 2, column: 3, offset: 5 }, end: { line: 2, column: 8, offset: 10 } });
  });

  test('clean text has none, and the seed article is clean', () => {
    expect(normaliseText('Plain text, “quoted”, naïve — 5 €.\n').diagnostics).toEqual([]);
    const mosul = fixture('mosul.txt');
    const n = normaliseText(mosul);
    expect(n.diagnostics).toEqual([]);
    expect(n.text).toBe(mosul.replace(/\r\n?/g, '\n'));
  });
});

describe('the offset map', () => {
  test('maps every unchanged character to itself, and repairs to their span', () => {
    const original = 'a&amp;b\u200bc<b>d</b>Ã©e\r\nf';
    const n = normaliseText(original);
    expect(n.text).toBe('a&bcdée\nf');
    expect([...n.text].map((_, i) => n.toOriginal(i))).toEqual([0, 1, 6, 8, 12, 17, 19, 20, 22]);
    expect(n.toOriginal(n.text.length)).toBe(original.length);
    expect(n.positionOf(1, 2)).toMatchObject({ start: { offset: 1 }, end: { offset: 6 } });
  });

  test('fromOriginal goes the other way', () => {
    const n = normaliseText('a&amp;b\u200bc');
    expect([0, 1, 3, 6, 7, 8, 9].map((o) => n.fromOriginal(o))).toEqual([0, 1, 2, 2, 3, 3, 4]);
  });

  test('out-of-range offsets are clamped', () => {
    const n = normaliseText('a\r\nb');
    expect(n.toOriginal(-5)).toBe(0);
    expect(n.toOriginal(99)).toBe(4);
    expect(n.pointAt(99)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(n.fromOriginal(99)).toBe(3);
  });

  test('empty input', () => {
    const n = normaliseText('');
    expect(n).toMatchObject({ text: '', diagnostics: [] });
    expect(n.toOriginal(0)).toBe(0);
    expect(n.positionOf(0, 0)).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } });
  });
});
