import type { RemovedKind } from '@copydesk/model';
import { firstChars } from './first-chars.js';

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
  /** Cheap prefilter: the rule is tried only on text that ends with one of these. */
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
 * Rules indexed by the first character their matches can start with (see `firstChars`), in
 * their original order, so a line is only tested against the rules that could match it.
 */
export interface RuleIndex {
  byFirst: Map<string, readonly LineRule[]>;
  /** Rules that may start with anything: tried on every line, in order with the others. */
  anyStart: readonly LineRule[];
}

const indexes = new WeakMap<readonly LineRule[], RuleIndex>();

/** Index a rule table (cached per table). */
export function indexRules(rules: readonly LineRule[]): RuleIndex {
  const cached = indexes.get(rules);
  if (cached) return cached;
  const firsts = rules.map((rule) => firstChars(rule.pattern));
  const anyStart = rules.filter((_, i) => firsts[i] === undefined);
  const chars = new Set<string>();
  for (const set of firsts) if (set) for (const ch of set) chars.add(ch);
  const byFirst = new Map<string, readonly LineRule[]>();
  for (const ch of chars) byFirst.set(ch, rules.filter((_, i) => firsts[i] === undefined || firsts[i]!.has(ch)));
  const index = { byFirst, anyStart };
  indexes.set(rules, index);
  return index;
}

/**
 * The first rule of `rules` that matches `text`, with its match. Cheap checks come first
 * (first character, length, place, required endings or parts); the regular expression runs
 * only on what passes them.
 */
export function matchRule(
  rules: readonly LineRule[],
  text: string,
  where: 'head' | 'body' | 'tail',
): { rule: LineRule; match: RegExpExecArray } | undefined {
  const index = indexRules(rules);
  const code = text.charCodeAt(0);
  const first = code >= 0xd800 && code <= 0xdbff ? text.slice(0, 2) : text.charAt(0);
  const candidates = index.byFirst.get(first) ?? index.anyStart;
  const length = text.length;
  for (const rule of candidates) {
    if (length > rule.maxLength) continue;
    const at = rule.where ?? 'anywhere';
    if (at === 'head' && where !== 'head') continue;
    if (at === 'tail' && where !== 'tail') continue;
    if (rule.endsWith && !endsWithAny(text, rule.endsWith)) continue;
    if (rule.includes && !includesAny(text, rule.includes)) continue;
    const match = rule.pattern.exec(text);
    if (match) return { rule, match };
  }
  return undefined;
}

// Plain loops rather than `Array.prototype.some` with a closure: they run for every line.

function endsWithAny(text: string, ends: readonly string[]): boolean {
  for (let i = 0; i < ends.length; i++) if (text.endsWith(ends[i]!)) return true;
  return false;
}

function includesAny(text: string, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) if (text.includes(parts[i]!)) return true;
  return false;
}
