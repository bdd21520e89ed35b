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
  /** What its matches can open with (see `firstChars` and `openingPairs`). */
  readonly firsts: ReadonlySet<string> | undefined;
  readonly pairs: ReadonlyMap<string, ReadonlySet<number>> | undefined;

  constructor(readonly rule: LineRule) {
    this.pattern = rule.pattern;
    const limit = Number(rule.maxLength);
    this.maxLength = Number.isNaN(limit) ? Number.POSITIVE_INFINITY : limit;
    this.endsWith = rule.endsWith ? new EndingSet(rule.endsWith, rule.pattern.flags.includes('i')) : undefined;
    this.includes = rule.includes ? new SubstringSet(rule.includes) : undefined;
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

/**
 * The rules that can match lines opening with one character, and for each second character
 * met, those of them whose matches may have it there (see `openingPairs`), in table order,
 * made on first use. A line then meets only the rules that its first two characters admit,
 * with no test of its second character per rule: most lines open with a capital that a dozen
 * rules may open with, and the second character rules out nearly all of them.
 */
class FirstCharIndex {
  private readonly asciiSeconds: Array<readonly PreparedRule[] | undefined> = new Array<readonly PreparedRule[] | undefined>(128).fill(undefined);
  /** Other second characters, and -1 for a text of one character. */
  private readonly otherSeconds = new Map<number, readonly PreparedRule[]>();

  constructor(
    private readonly rules: readonly PreparedRule[],
    /** For each rule, the second characters its matches may have after this first one (`undefined`: any). */
    private readonly seconds: ReadonlyArray<ReadonlySet<number> | undefined>,
  ) {}

  /** The rules for lines whose second character is `second` (-1: there is none). */
  forSecond(second: number): readonly PreparedRule[] {
    if (second >= 0 && second < 128) {
      let rules = this.asciiSeconds[second];
      if (rules === undefined) {
        rules = this.build(second);
        this.asciiSeconds[second] = rules;
      }
      return rules;
    }
    let rules = this.otherSeconds.get(second);
    if (rules === undefined) {
      rules = this.build(second);
      this.otherSeconds.set(second, rules);
    }
    return rules;
  }

  private build(second: number): readonly PreparedRule[] {
    const admitted: PreparedRule[] = [];
    for (let i = 0; i < this.rules.length; i++) {
      const seconds = this.seconds[i];
      if (seconds === undefined || seconds.has(second)) admitted.push(this.rules[i]!);
    }
    return admitted;
  }
}

/** Candidate lists of one zone, made on first use: ASCII first characters in an array, others in a map. */
class ZoneIndex {
  private readonly ascii: Array<FirstCharIndex | undefined> = new Array<FirstCharIndex | undefined>(128).fill(undefined);
  private readonly other = new Map<string, FirstCharIndex>();

  constructor(
    private readonly rules: readonly PreparedRule[],
    private readonly firsts: ReadonlyArray<ReadonlySet<string> | undefined>,
    private readonly pairs: ReadonlyArray<ReadonlyMap<string, ReadonlySet<number>> | undefined>,
  ) {}

  /** The rules a line opening with the first two characters of `text` can match, in table order. */
  candidates(text: string): readonly PreparedRule[] {
    // -1 for a text of one character (read past its end, `charCodeAt` would give NaN, which
    // no second-character set holds either): a rule whose matches take two is passed over.
    const second = text.length > 1 ? text.charCodeAt(1) : -1;
    const code = text.length > 0 ? text.charCodeAt(0) : -1;
    if (code >= 0 && code < 128) {
      let first = this.ascii[code];
      if (first === undefined) {
        first = this.build(text.charAt(0));
        this.ascii[code] = first;
      }
      return first.forSecond(second);
    }
    // A character outside the BMP is looked up whole; an empty text by the empty string.
    const key = code >= 0xd800 && code <= 0xdbff ? text.slice(0, 2) : text.charAt(0);
    let first = this.other.get(key);
    if (first === undefined) {
      first = this.build(key);
      this.other.set(key, first);
    }
    return first.forSecond(second);
  }

  /** The rules a line opening with `first` can match: those that may open with anything, or with it. */
  private build(first: string): FirstCharIndex {
    const rules: PreparedRule[] = [];
    const seconds: Array<ReadonlySet<number> | undefined> = [];
    for (let i = 0; i < this.rules.length; i++) {
      const firsts = this.firsts[i];
      if (firsts === undefined || firsts.has(first)) {
        rules.push(this.rules[i]!);
        seconds.push(this.pairs[i]?.get(first));
      }
    }
    return new FirstCharIndex(rules, seconds);
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
   */
  match(text: string, where: Zone): RuleMatch | undefined {
    const zone = where === 'head' ? this.head : where === 'tail' ? this.tail : this.body;
    const candidates = zone.candidates(text);
    const length = text.length;
    for (let i = 0; i < candidates.length; i++) {
      const prepared = candidates[i]!;
      if (length > prepared.maxLength) continue;
      if (prepared.endsWith !== undefined && !prepared.endsWith.endsIn(text)) continue;
      if (prepared.includes !== undefined && !prepared.includes.occursIn(text)) continue;
      const match = prepared.pattern.exec(text);
      if (match) return { rule: prepared.rule, match };
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
