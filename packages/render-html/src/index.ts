export { renderHtml } from './render-html.js';
export { DEFAULT_CLASS_PREFIX, DEFAULT_LABELS, type HtmlLabels, type RenderHtmlOptions } from './options.js';
export { builtInStylesheet, type StylesheetOptions } from './stylesheet.js';
export { escapeAttribute, escapeText, type SafeUrl, type SafeUrlResult, safeUrl, type UrlContext } from './escape.js';
