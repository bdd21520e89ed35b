import { factOfParts, UNKNOWN_FACTS } from '../layout/unit-facts.js';
import { EndingSet } from '../text/ending-set.js';
import { SubstringSet } from '../text/substring-set.js';
import { firstChars } from './first-chars.js';
import { openingPairs } from './opening-pairs.js';
import type { LineRule } from './rule.js';

type Zone = 'head' | 'body' | 'tail';

/** The result of a rule that matched a line. */
export interface RuleMatch {
  rule: LineRule;
  match: RegExpExecArray;
}

/**
 * A rule with its prefilters made ready once: the `includes` parts become one skipping search
 * instead of one `String#includes` per part, the `endsWith` strings one backward walk. Every field is always set, so all prepared rules
 * share one object shape and the loop over them stays monomorphic.
 */
class PreparedRule {
  readonly pattern: RegExp;
  /** The longest text tried; a limit that is no number (NaN) admits every length. */
  readonly maxLength: number;
  readonly endsWith: EndingSet | undefined;
  readonly includes: SubstringSet | undefined;
  /** The unit fact that says whether the text may hold `includes` (see `unitFacts`); 0: none does. */
  readonly includesFact: number;
  /** What its matches can open with (see `firstChars` and `openingPairs`). */
  readonly firsts: ReadonlySet<string> | undefined;
  readonly pairs: ReadonlyMap<string, ReadonlySet<number>> | undefined;

  constructor(readonly rule: LineRule) {
    this.pattern = rule.pattern;
    const limit = Number(rule.maxLength);
    this.maxLength = Number.isNaN(limit) ? Number.POSITIVE_INFINITY : limit;
    this.endsWith = rule.endsWith ? new EndingSet(rule.endsWith, rule.pattern.flags.includes('i')) : undefined;
    this.includes = rule.includes ? new SubstringSet(rule.includes) : undefined;
    this.includesFact = factOfParts(rule.includes);
    this.firsts = firstChars(rule.pattern);
    this.pairs = openingPairs(rule.pattern);
  }
}

/**
 * Rules prepared once, whatever table they are in: a caller's rules come with the built-in
 * ones in a new table, whose index then prepares only the caller's.
 */
const preparedRules = new WeakMap<LineRule, PreparedRule>();

function prepare(rule: LineRule): PreparedRule {
  let prepared = preparedRules.get(rule);
  if (prepared === undefined) {
    prepared = new PreparedRule(rule);
    preparedRules.set(rule, prepared);
  }
  return prepared;
}

/** The key of a character that is not there: the first of an empty text, the second of a one-character one. */
const NONE = 0x10000;

/**
 * Values by UTF-16 code unit (or {@link NONE}), in pages of 256 made on first use. Every
 * character is looked up by the same two reads, ASCII or not: a separate path for the rare
 * ones would first run long after the common one was compiled, and throw that code away.
 */
class CodeTable<T> {
  private readonly pages: Array<Array<T | undefined> | undefined> = new Array<Array<T | undefined> | undefined>((NONE >> 8) + 1).fill(undefined);

  get(code: number): T | undefined {
    const page = this.pages[code >> 8];
    return page === undefined ? undefined : page[code & 255];
  }

  set(code: number, value: T): void {
    let page = this.pages[code >> 8];
    if (page === undefined) {
      page = new Array<T | undefined>(256).fill(undefined);
      this.pages[code >> 8] = page;
    }
    page[code & 255] = value;
  }
}

/**
 * The rules a line opening with one code unit may match, and for each second code unit met,
 * those of them whose matches may have it there (see `openingPairs`), in table order, made on
 * first use. A line then meets only the rules its first two characters admit, with no test of
 * its second character per rule: most lines open with a capital that a dozen rules may open
 * with, and the second character rules out nearly all of them.
 */
class FirstCharIndex {
  private readonly bySecond = new CodeTable<readonly PreparedRule[]>();

  constructor(
    private readonly zone: ZoneIndex,
    /** The first code unit, or {@link NONE}. */
    private readonly first: number,
  ) {}

  /** The rules for lines whose second code unit is `second` ({@link NONE}: there is none). */
  forSecond(second: number): readonly PreparedRule[] {
    let rules = this.bySecond.get(second);
    if (rules === undefined) {
      rules = this.zone.admitted(this.first, second);
      this.bySecond.set(second, rules);
    }
    return rules;
  }
}

/** The rules of one zone, indexed by the first two characters of a line on first sight of them. */
class ZoneIndex {
  private readonly byFirst = new CodeTable<FirstCharIndex>();

  constructor(
    private readonly rules: readonly PreparedRule[],
    private readonly firsts: ReadonlyArray<ReadonlySet<string> | undefined>,
    private readonly pairs: ReadonlyArray<ReadonlyMap<string, ReadonlySet<number>> | undefined>,
  ) {}

  /** The rules a line opening with the first two characters of `text` can match, in table order. */
  candidates(text: string): readonly PreparedRule[] {
    const length = text.length;
    const first = length > 0 ? text.charCodeAt(0) : NONE;
    let index = this.byFirst.get(first);
    if (index === undefined) {
      index = new FirstCharIndex(this, first);
      this.byFirst.set(first, index);
    }
    return index.forSecond(length > 1 ? text.charCodeAt(1) : NONE);
  }

  /**
   * The rules whose matches can open with the code units `first` and `second` ({@link NONE}:
   * none there), in table order: those that may open with anything or with the first
   * character (a character outside the BMP is the pair of them), and whose second characters
   * (when known) hold `second` (a rule whose matches take two cannot match one character).
   */
  admitted(first: number, second: number): PreparedRule[] {
    const astral = (first & 0xfc00) === 0xd800 && second !== NONE;
    const key = first === NONE ? '' : astral ? String.fromCharCode(first, second) : String.fromCharCode(first);
    const following = second === NONE ? -1 : second;
    const admitted: PreparedRule[] = [];
    for (let i = 0; i < this.rules.length; i++) {
      const firsts = this.firsts[i];
      if (firsts !== undefined && !firsts.has(key)) continue;
      const seconds = this.pairs[i]?.get(key);
      if (seconds === undefined || seconds.has(following)) admitted.push(this.rules[i]!);
    }
    return admitted;
  }
}

/**
 * A rule table made ready for matching, once per table (see `ruleIndex`). A line is tested
 * only against the rules that could match it: those whose matches can open with its first
 * two characters (see `firstChars` and `openingPairs`) and that apply in its zone, in table
 * order; of those, the ones that admit its length.
 */
export class RuleIndex {
  private readonly head: ZoneIndex;
  private readonly body: ZoneIndex;
  private readonly tail: ZoneIndex;

  constructor(rules: readonly LineRule[]) {
    const prepared = rules.map(prepare);
    const firsts = prepared.map((rule) => rule.firsts);
    const pairs = prepared.map((rule) => rule.pairs);
    const inZone = (zone: Zone) => {
      const keep = rules.map((rule) => appliesIn(rule, zone));
      return new ZoneIndex(
        prepared.filter((_, i) => keep[i]),
        firsts.filter((_, i) => keep[i]),
        pairs.filter((_, i) => keep[i]),
      );
    };
    this.head = inZone('head');
    this.body = inZone('body');
    this.tail = inZone('tail');
  }

  /**
   * The first rule that matches `text` in this zone, with its match. Cheap checks come first
   * (required endings, then required parts); the regular expression runs only on what passes.
   * `facts`, from `unitFacts` of the text's unit, settle the required parts of the rules they
   * know without a search of their own.
   */
  match(text: string, where: Zone, facts = UNKNOWN_FACTS): RuleMatch | undefined {
    const zone = where === 'head' ? this.head : where === 'tail' ? this.tail : this.body;
    const candidates = zone.candidates(text);
    const length = text.length;
    for (let i = 0; i < candidates.length; i++) {
      const prepared = candidates[i]!;
      // Read with the checks every candidate meets, not only when a rule matches: code
      // compiled before the first match would be thrown away at its first read.
      const rule = prepared.rule;
      if (length > prepared.maxLength) continue;
      if (prepared.endsWith !== undefined && !prepared.endsWith.endsIn(text)) continue;
      const includes = prepared.includes;
      if (includes !== undefined) {
        // A clear fact rules the parts out; a set one (or none known) leaves it to the search.
        const fact = prepared.includesFact;
        if ((fact !== 0 && (facts & fact) === 0) || !includes.occursIn(text)) continue;
      }
      const match = prepared.pattern.exec(text);
      if (match) return { rule, match };
    }
    return undefined;
  }
}

/** `where: 'head'` rules only before the first body paragraph, `'tail'` only at the end, others anywhere. */
function appliesIn(rule: LineRule, zone: Zone): boolean {
  const at = rule.where ?? 'anywhere';
  if (at === 'head') return zone === 'head';
  if (at === 'tail') return zone === 'tail';
  return true;
}

const indexes = new WeakMap<readonly LineRule[], RuleIndex>();

/** The index of a rule table, made once per table. */
export function ruleIndex(rules: readonly LineRule[]): RuleIndex {
  let index = indexes.get(rules);
  if (index === undefined) {
    index = new RuleIndex(rules);
    indexes.set(rules, index);
  }
  return index;
}
