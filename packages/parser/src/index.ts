export { parseText } from './parse-text.js';
export { createTextParser, type TextParser, type TextParserOptions } from './text-parser.js';
export { findUnaccountedLines, type UnaccountedLine } from './accounting.js';
export type { ParseTextOptions } from './options.js';
export type { LineRule, UserLineRule } from './rules/rule.js';
export { BUILT_IN_RULES } from './rules/index.js';
export type { Layout } from './layout/detect-layout.js';
export { decodeInput, type DecodedInput, type InputEncoding } from './decode/index.js';
export { normaliseText, type NormalisedText } from './normalise/index.js';
