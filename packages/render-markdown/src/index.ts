export { renderMarkdown } from './render.js';
export type { RenderMarkdownOptions } from './options.js';
export { frontMatterData } from './front-matter.js';
export { UNSAFE_PATTERNS, type Construct, type UnsafePattern } from './unsafe.js';
