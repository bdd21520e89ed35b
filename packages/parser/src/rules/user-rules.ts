import { BUILT_IN_RULES } from './index.js';
import type { LineRule, UserLineRule } from './rule.js';

/** The user's rules before the built-in ones, built once per rules array (so it is indexed once). */
const withUserRules = new WeakMap<readonly UserLineRule[], readonly LineRule[]>();

export function rulesWithUserRules(rules: readonly UserLineRule[]): readonly LineRule[] {
  let table = withUserRules.get(rules);
  if (!table) {
    table = [...rules.map(toLineRule), ...BUILT_IN_RULES];
    withUserRules.set(rules, table);
  }
  return table;
}

function toLineRule(rule: UserLineRule, index: number): LineRule {
  return {
    id: rule.id ?? `user/${index + 1}`,
    kind: rule.kind ?? 'promo',
    reason: rule.reason,
    // A global or sticky pattern keeps state between calls: use a stateless copy.
    pattern: rule.pattern.global || rule.pattern.sticky ? new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '')) : rule.pattern,
    maxLength: rule.maxLength ?? 1000,
    where: rule.where,
  };
}
