export { parseText } from './parse-text.js';
export { createTextParser, type TextParser, type TextParserOptions } from './text-parser.js';
export { findUnaccountedLines, type UnaccountedLine } from './accounting.js';
export type { ParseTextOptions } from './options.js';
export type { LineRule, UserLineRule } from './rules/rule.js';
export { BUILT_IN_RULES } from './rules/index.js';
export type { Layout } from './layout/detect-layout.js';
// The shared first stages, for readers of other formats and for callers who want them alone.
export * from './decode/index.js';
export * from './normalise/index.js';
