import type { Article } from '@copydesk/model/core';
import { decodeInput } from './decode/index.js';
import { normaliseText } from './normalise/index.js';
import type { ParseTextOptions } from './options.js';
import { type ParseContext, parseTextWith } from './parse-text.js';
import { collapseSpace } from './text/characters.js';
import { splitLines } from './text/lines.js';

/** Options of a batch parser: those of `parseText`, plus how it learns. */
export interface TextParserOptions extends ParseTextOptions {
  /**
   * A line is taken for site furniture once it has been seen in this many different articles.
   * Default 3: two articles may share a sentence by chance (a quote, a standard phrase); a
   * line injected by a site turns up in dozens.
   */
  minRepeats?: number;
}

/** A parser for many articles from the same sources, learning what they repeat. */
export interface TextParser {
  /** Read an article for what it repeats, without parsing it (the first pass of `parseAll`). */
  learn(input: string | Uint8Array): void;
  /** Parse one article with what has been learnt so far; it is learnt from as well. */
  parse(input: string | Uint8Array): Article;
  /** Learn from all the articles first, then parse each: the two-pass way, for a known batch. */
  parseAll(inputs: Iterable<string | Uint8Array>): Article[];
  /** How many articles have been learnt from. */
  readonly articlesSeen: number;
}

/** Lines shorter than this are too common to tell site furniture from prose ("Thank you."). */
const MIN_LINE = 25;
/** Lines longer than this are paragraphs, which sites do not inject word for word. */
const MAX_LINE = 600;

/**
 * Create a batch parser. Scraped collections inject the same promo, slogan or notice into
 * hundreds of articles, often in words no rule foresees; the batch parser counts, for every
 * line of 25 to 600 characters (the headline aside), in how many articles it occurs, and sets
 * aside lines met in `minRepeats` articles or more, with a reason that says so (rule
 * `repeated/across-articles`).
 *
 * Two ways to use it:
 * - **two-pass** (`parseAll`): learn every article of a known batch, then parse each; the
 *   result does not depend on the order of the articles;
 * - **online** (`parse`): each article is learnt, then parsed with the counts so far, so a
 *   promo is recognised from its `minRepeats`-th occurrence on. Call `learn` on a sample first
 *   to warm it up. Memory grows with the number of distinct lines seen.
 *
 * @example
 * ```ts
 * const parser = createTextParser();
 * const articles = parser.parseAll(files.map((f) => readFileSync(f)));
 * articles[0].removed.filter((r) => r.rule === 'repeated/across-articles');
 * ```
 */
export function createTextParser(options: TextParserOptions = {}): TextParser {
  const minRepeats = Math.max(2, options.minRepeats ?? 3);
  const lineCounts = new Map<string, number>();
  const siteCounts = new Map<string, number>();
  const knownSites = new Set<string>();
  let articlesSeen = 0;

  const learn = (input: string | Uint8Array): void => {
    articlesSeen++;
    const text = normaliseText(decodeInput(input).text).text;
    const seen = new Set<string>();
    let first = true;
    for (const line of splitLines(text)) {
      if (first) {
        first = false;
        learnTitle(line.text);
        continue;
      }
      const length = line.text.length;
      if (length < MIN_LINE || length > MAX_LINE) continue;
      seen.add(collapseSpace(line.text));
    }
    for (const line of seen) lineCounts.set(line, (lineCounts.get(line) ?? 0) + 1);
  };

  // Site names after a headline dash ("… – Eagle Rising") become known once seen twice.
  const learnTitle = (title: string): void => {
    const dash = Math.max(title.lastIndexOf(' – '), title.lastIndexOf(' - '), title.lastIndexOf(' — '));
    if (dash <= 0) return;
    const suffix = title.slice(dash + 3).trim();
    if (suffix.length === 0 || suffix.length > 40) return;
    const count = (siteCounts.get(suffix) ?? 0) + 1;
    siteCounts.set(suffix, count);
    if (count >= 2) knownSites.add(suffix);
  };

  const context: ParseContext = {
    repeatedLineCount: (line) => lineCounts.get(line) ?? 0,
    get articlesSeen() {
      return articlesSeen;
    },
    minRepeats,
    knownSites,
  };

  return {
    learn,
    parse(input) {
      learn(input);
      return parseTextWith(input, options, context);
    },
    parseAll(inputs) {
      const all = [...inputs];
      for (const input of all) learn(input);
      return all.map((input) => parseTextWith(input, options, context));
    },
    get articlesSeen() {
      return articlesSeen;
    },
  };
}
