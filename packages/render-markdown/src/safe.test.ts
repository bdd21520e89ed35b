import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterReference, classifyCharacter, closeBackslashRun, firstCodePoint, isAsciiPunctuation } from './character-class.js';
import { type SafeInput, safe } from './safe.js';
import { type Construct, isAtLineStart, type SafeContext, UNSAFE_PATTERNS } from './unsafe.js';

/**
 * `safe` as the table defines it, with no search and no precomputed tables: every character is
 * checked against every pattern. `safe` skips characters it knows no pattern can apply to; this
 * says what it must give.
 */
function safeByEveryCharacter(value: string, input: SafeInput): string {
  const context: SafeContext = { value, before: input.before, after: input.after };
  let out = '';
  let index = 0;
  if (input.encodeFirst && value !== '') {
    const first = firstCodePoint(value) ?? '';
    out += characterReference(first);
    index = first.length;
  }
  for (; index < value.length; index += 1) {
    const character = value[index] as string;
    const atEdge = (input.encodeLeadingWhitespace && index === 0) || (input.encodeTrailingWhitespace && index === value.length - 1);
    let replacement: string | undefined;
    if (character === '\0') replacement = '\uFFFD';
    else if (atEdge && classifyCharacter(character) === 'whitespace') replacement = characterReference(character);
    else {
      const applies = UNSAFE_PATTERNS.some(
        (pattern) =>
          pattern.character === character &&
          (!pattern.gfm || input.gfm) &&
          pattern.inConstruct.some((construct) => input.constructs.includes(construct)) &&
          (!pattern.atLineStart || isAtLineStart(context, index)) &&
          (!pattern.before || pattern.before(context, index)) &&
          (!pattern.after || pattern.after(context, index)),
      );
      if (applies) replacement = isAsciiPunctuation(character.charCodeAt(0)) ? `\\${character}` : characterReference(character);
    }
    if (replacement === undefined) out += character;
    else out = (replacement.startsWith('&') ? closeBackslashRun(out) : out) + replacement;
  }
  return out;
}

const phrasing = (value: string, extra: { before?: string; after?: string; gfm?: boolean } = {}) =>
  safe(value, { constructs: ['phrasing'], gfm: extra.gfm ?? false, before: extra.before, after: extra.after });

describe('safe: phrasing', () => {
  const cases: Array<[string, string, string]> = [
    ['a list marker at a line start', '- item', '\\- item'],
    ['a dash inside a line', 'a - b', 'a - b'],
    ['an ordered list marker', '1. one', '1\\. one'],
    ['a parenthesis list marker', '12) twelve', '12\\) twelve'],
    ['a number that is not a marker', 'a 1. b', 'a 1. b'],
    ['a marker of nine digits', '123456789. nine', '123456789\\. nine'],
    ['ten digits, too many for a marker', '1234567890. ten', '1234567890. ten'],
    ['a marker on a later line', 'a\n20) b', 'a\n20\\) b'],
    ['a heading marker', '# hash', '\\# hash'],
    ['a hash inside a line', 'C# and F#', 'C# and F#'],
    ['asterisks anywhere', '2*3*4', '2\\*3\\*4'],
    ['intraword underscores', 'a_b_c', 'a_b_c'],
    ['underscores at word edges', '_a_', '\\_a\\_'],
    ['backticks', '`x`', '\\`x\\`'],
    ['a left bracket', '[x](y)', '\\[x](y)'],
    ['a right bracket outside link text', 'a]', 'a]'],
    ['less-than before a tag', 'a <b>', 'a \\<b>'],
    ['less-than before an e-mail autolink', '<{@A>', '\\<{@A>'],
    ['a character reference', '&amp; &#35; &#x23;', '\\&amp; \\&#35; \\&#x23;'],
    ['an ampersand that is no reference', 'AT&T &copy &;', 'AT&T &copy &;'],
    ['a backslash before punctuation', 'a\\*', 'a\\\\\\*'],
    ['a backslash before a letter', 'C:\\path', 'C:\\path'],
    ['a backslash at the end', 'end\\', 'end\\\\'],
    ['leading and trailing white space', ' a ', '&#x20;a&#x20;'],
    ['white space around a soft line break', 'a \n b', 'a&#x20;&#xA;&#x20;b'],
    ['a soft line break', 'a\n b', 'a\n&#x20;b'],
    ['a no-break space at a line edge', '\u00a0a\u00a0b\u00a0', '&#xA0;a\u00a0b&#xA0;'],
    ['a carriage return', 'a\rb', 'a&#xD;b'],
    ['a blockquote marker', '> q', '\\> q'],
    ['a setext underline', '===', '\\==='],
    ['a plus marker', '+ p', '\\+ p'],
    ['a tilde fence', '~~~', '\\~~~'],
    ['a tilde inside a line (CommonMark)', 'a ~b~', 'a ~b~'],
    ['an exclamation mark before a bracket', '![a](b)', '\\!\\[a](b)'],
    ['U+0000', 'a\0b', 'a\uFFFDb'],
  ];
  for (const [name, input, output] of cases) it(name, () => expect(phrasing(input)).toBe(output));

  it('markers after or before a line ending inside the text', () => {
    expect(phrasing('a\n- b\n#\n> c')).toBe('a\n\\- b\n\\#\n\\> c');
    expect(phrasing('a -\nb')).toBe('a -\nb');
    expect(safe('a #\rb #', { constructs: ['phrasing', 'headingAtx'], gfm: false })).toBe('a \\#&#xD;b \\#');
  });
  it('a line start continues from the character before', () => {
    expect(phrasing('# x', { before: 'a' })).toBe('# x');
    expect(phrasing('# x', { before: '\n' })).toBe('\\# x');
  });
  it('the next node decides for a trailing exclamation mark and underscore', () => {
    expect(phrasing('wow!', { after: '[' })).toBe('wow\\!');
    expect(phrasing('snake_', { after: 'c' })).toBe('snake_');
    expect(phrasing('snake_', { after: '*' })).toBe('snake\\_');
  });
  it('GFM escapes strikethrough, table pipes and autolink literals', () => {
    expect(phrasing('~a~ | http://x.com www.x.com a@b.com', { gfm: true })).toBe('\\~a\\~ \\| http\\://x.com www\\.x.com a\\@b.com');
    expect(phrasing(':--', { gfm: true })).toBe('\\:--');
  });
});

describe('safe: other constructs', () => {
  it('titles escape quotes and line feeds only', () => {
    expect(safe('say "hi" *now*\nplease', { constructs: ['title'], gfm: false })).toBe('say \\"hi\\" *now*&#xA;please');
  });
  it('raw destinations escape parentheses', () => {
    expect(safe('https://x.com/(a)', { constructs: ['destinationRaw'], gfm: false })).toBe('https://x.com/\\(a\\)');
  });
  it('bracketed destinations escape angle brackets', () => {
    expect(safe('a <b> c', { constructs: ['destinationLiteral'], gfm: false })).toBe('a \\<b\\> c');
  });
  it('ATX headings escape a closing hash and line feeds', () => {
    expect(safe('a #', { constructs: ['phrasing', 'headingAtx'], gfm: false })).toBe('a \\#');
    expect(safe('a\nb', { constructs: ['phrasing', 'headingAtx'], gfm: false })).toBe('a&#xA;b');
  });
  it('link text escapes a right bracket', () => {
    expect(safe('a]b', { constructs: ['phrasing', 'label'], gfm: false })).toBe('a\\]b');
  });
});

describe('the table of unsafe patterns', () => {
  it('escapes exactly what examining every character against the table would', () => {
    const constructSets: Construct[][] = [['phrasing'], ['phrasing', 'label'], ['phrasing', 'headingAtx'], ['title'], ['destinationRaw'], ['destinationLiteral']];
    // Every character with a pattern, the white space the table does not list, letters and digits.
    const alphabet = [...new Set(UNSAFE_PATTERNS.map((pattern) => pattern.character)), '\0', '\u0085', '\u3000', 'a', 'w', 'p', '1', '\u00e9', '\ud83d\ude00'];
    const character = fc.constantFrom(...alphabet);
    const neighbour = fc.option(fc.constantFrom(...alphabet, '\n'), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(character, { maxLength: 12 }).map((parts) => parts.join('')),
        fc.record({
          constructs: fc.constantFrom(...constructSets),
          gfm: fc.boolean(),
          before: neighbour,
          after: neighbour,
          encodeFirst: fc.boolean(),
          encodeLeadingWhitespace: fc.boolean(),
          encodeTrailingWhitespace: fc.boolean(),
        }),
        (value, input) => {
          expect(safe(value, input)).toBe(safeByEveryCharacter(value, input));
        },
      ),
      { numRuns: 20_000 },
    );
  });
  it('escapes exactly that around numbers at line starts, which the search leaves to line-start checks', () => {
    // Ordered list markers are the one pattern found by walking from a line start: long runs of
    // digits (past the nine a marker allows), line endings and the characters that end a marker.
    const character = fc.constantFrom('1', '2', '0', '.', ')', '\n', '\r', ' ', 'a', '#', '-', '*');
    const neighbour = fc.option(fc.constantFrom('\n', '1', 'a', ' ', '*'), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(character, { maxLength: 40 }).map((parts) => parts.join('')),
        fc.record({ constructs: fc.constantFrom<Construct[]>(['phrasing'], ['phrasing', 'label'], ['phrasing', 'headingAtx']), gfm: fc.boolean(), before: neighbour, after: neighbour }),
        (value, input) => {
          expect(safe(value, input)).toBe(safeByEveryCharacter(value, input));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('encodes edge white space for emphasis in any construct, ASCII or not', () => {
    const edges = { encodeLeadingWhitespace: true, encodeTrailingWhitespace: true, gfm: false } as const;
    expect(safe(' a b ', { constructs: ['title'], ...edges })).toBe('&#x20;a b&#x20;');
    expect(safe('\u3000a\u3000', { constructs: ['phrasing'], ...edges })).toBe('&#x3000;a&#x3000;');
    expect(safe(' ', { constructs: ['phrasing'], ...edges })).toBe('&#x20;');
  });

  it('lists single characters, each pattern in at least one construct', () => {
    for (const pattern of UNSAFE_PATTERNS) {
      expect(pattern.character).toHaveLength(1);
      expect(pattern.inConstruct.length).toBeGreaterThan(0);
    }
  });
});

describe('firstCodePoint', () => {
  it('is the first code point, a whole surrogate pair, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const code = value.codePointAt(0);
        expect(firstCodePoint(value)).toBe(code === undefined ? undefined : String.fromCodePoint(code));
      }),
      { numRuns: 2000 },
    );
    expect(firstCodePoint('\ud83d\ude00!')).toBe('\ud83d\ude00');
    expect(firstCodePoint('\ud83d')).toBe('\ud83d');
    expect(firstCodePoint('\ude00x')).toBe('\ude00');
  });
});
