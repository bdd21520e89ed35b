import { BIO_RULES, FURNITURE_RULES } from './furniture.js';
import { PROMO_RULES } from './promo.js';
import { RELATED_RULES } from './related.js';
import type { LineRule } from './rule.js';
import { SHARE_RULES } from './share.js';
import { SIGNOFF_RULES } from './signoff.js';
import { SOURCE_RULES } from './source.js';
import { SYNDICATION_RULES } from './syndication.js';

export type { LineRule, UserLineRule } from './rule.js';
export { matchRule } from './rule.js';

/**
 * Every built-in line rule, in the order they are tried. Specific families (syndication,
 * source, signoff) come before broad ones (related links) so that
 * "Read more: Observer" is a source credit and not a related link.
 */
export const BUILT_IN_RULES: readonly LineRule[] = [
  ...SYNDICATION_RULES,
  ...SOURCE_RULES,
  ...SIGNOFF_RULES,
  ...SHARE_RULES,
  ...PROMO_RULES,
  ...FURNITURE_RULES,
  ...BIO_RULES,
  ...RELATED_RULES,
];
