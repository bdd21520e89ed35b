import type { RemovedKind } from '@copydesk/model/core';
import { ruleIndex } from './rule-index.js';

/**
 * A data-driven rule that recognises one kind of line that is not article content.
 * Rules are tested on the trimmed text of one unit (a line, or an unwrapped paragraph).
 *
 * Named capture groups carry metadata out of the line: `sourceName`, `sourceUrl`,
 * `publisher` (the original publisher) and `names` (a byline's names).
 */
export interface LineRule {
  /** Stable identifier, `family/name`, reported on the removed span. */
  id: string;
  kind: RemovedKind;
  /** Why the line was set aside, for a person reading the result. */
  reason: string;
  /** Anchored at the start, no nested quantifiers: linear on any input. */
  pattern: RegExp;
  /** Longest text the rule looks at; longer units are not tested (cheap check first). */
  maxLength: number;
  /**
   * Where in the article the rule applies: `head` only before the first body paragraph,
   * `tail` only after the last one, `anywhere` throughout (the default).
   */
  where?: 'head' | 'tail' | 'anywhere';
  /**
   * Cheap prefilter: the rule is tried only on text that ends with one of these (compared
   * ignoring case, as the pattern compares, when the pattern has the `i` flag).
   */
  endsWith?: readonly string[];
  /** Cheap prefilter: the rule is tried only on text that includes one of these. */
  includes?: readonly string[];
}

/** A rule given by the caller: the same shape, `maxLength` optional. */
export interface UserLineRule {
  id?: string;
  kind?: RemovedKind;
  reason: string;
  pattern: RegExp;
  maxLength?: number;
  where?: LineRule['where'];
}

/**
 * The first rule of `rules` that matches `text`, with its match. Cheap checks come first
 * (first character, length, place, required endings or parts); the regular expression runs
 * only on what passes them. See `RuleIndex`.
 */
export function matchRule(
  rules: readonly LineRule[],
  text: string,
  where: 'head' | 'body' | 'tail',
): { rule: LineRule; match: RegExpExecArray } | undefined {
  return ruleIndex(rules).match(text, where);
}
