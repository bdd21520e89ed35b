import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';

/** The legacy names that are references wherever they appear, even glued to a word (`a&nbspb`). */
const ALWAYS_REFERENCES = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot']);

/**
 * Whether a named reference without a semicolon at `text[ampersand, end)` reads as one: it is
 * one of the five everyday names, or the `&` does not follow a letter or digit (`hate&divide`
 * is "hate & divide", not "hate÷").
 */
function standsAlone(text: string, ampersand: number, end: number): boolean {
  if (ALWAYS_REFERENCES.has(text.slice(ampersand + 1, end))) return true;
  const before = ampersand > 0 ? text.charCodeAt(ampersand - 1) : 0x20;
  const isWordChar =
    (before >= 0x61 && before <= 0x7a) || (before >= 0x41 && before <= 0x5a) || (before >= 0x30 && before <= 0x39) || before >= 0x80;
  return !isWordChar;
}

/**
 * Decodes HTML character references (the full HTML5 named table, decimal and hex numeric
 * references) one at a time, at a given `&`, using the `entities` package's streaming decoder.
 *
 * Named references without a semicolon are decoded only where HTML would decode them inside an
 * attribute value: `&nbsp`, `&amp x`, `&copy 2020` yes, but not `&amplifier` or `&copy2020`,
 * which in plain text are far more likely words that follow a bare `&` than references; and,
 * apart from `&nbsp`, `&amp`, `&lt`, `&gt` and `&quot`, not when glued to the word before
 * (`hate&divide`).
 * Numeric references decode with or without the semicolon (`&#8217s` is `’s`), and numbers
 * HTML forbids become U+FFFD or their Windows-1252 character, as browsers do.
 *
 * Entities escaped twice (`&amp;quot;`, `&amp;amp;#8217;`), as scraped feeds often are,
 * decode all the way: a literal `&amp;quot;` is much rarer in articles than a double escape.
 */
export class EntityReader {
  /** The characters the last reference read stands for. */
  value = '';
  private decoded = '';
  private readonly decoder = new EntityDecoder(htmlDecodeTree, (codePoint) => {
    this.decoded += String.fromCodePoint(codePoint);
  });

  /**
   * Read the reference starting with the `&` at `text[ampersand]`: returns the offset just past
   * it (past its `;` when it has one) and leaves what it stands for in {@link value}, or returns
   * -1 when there is no reference there.
   */
  readAt(text: string, ampersand: number): number {
    let end = this.readOne(text, ampersand);
    if (end < 0) return -1;
    this.value = this.decoded;
    // `&amp;` followed by what would be another reference: a double escape, decode it too.
    while (this.value === '&' && text.charCodeAt(end - 1) === 0x3b /* ; */) {
      const next = this.readOne(text, end - 1);
      if (next < 0) break;
      end = next;
      this.value = this.decoded;
    }
    return end;
  }

  /** One reference whose `&` is at `text[ampersand]` (or whose text continues at `ampersand + 1`). */
  private readOne(text: string, ampersand: number): number {
    const next = text.charCodeAt(ampersand + 1);
    // Only a letter or `#` can follow `&` in a reference: skip the decoder for `AT&T`, `R & D`.
    if (!(next === 0x23 || (next >= 0x61 && next <= 0x7a) || (next >= 0x41 && next <= 0x5a))) return -1;
    this.decoded = '';
    this.decoder.startEntity(DecodingMode.Attribute);
    let consumed = this.decoder.write(text, ampersand + 1);
    if (consumed < 0) consumed = this.decoder.end();
    if (consumed <= 0 || this.decoded === '') return -1;
    const end = ampersand + consumed;
    if (text.charCodeAt(end - 1) !== 0x3b && next !== 0x23 && !standsAlone(text, ampersand, end)) return -1;
    return end;
  }
}
