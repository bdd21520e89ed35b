export { parseText } from './parse-text.js';
export type { ParseTextOptions } from './options.js';
export type { LineRule, UserLineRule } from './rules/rule.js';
export { BUILT_IN_RULES } from './rules/index.js';
export { decodeInput, type DecodedInput, type InputEncoding } from './decode/index.js';
export { normaliseText, type NormalisedText } from './normalise/index.js';
