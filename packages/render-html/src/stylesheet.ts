import { DEFAULT_CLASS_PREFIX } from './options.js';

/** Serif for reading, the system sans-serif for the furniture around the text. */
const SERIF = 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif';
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

export interface StylesheetOptions {
  /** The class prefix the HTML was rendered with. Default `'copydesk-'`. */
  classPrefix?: string;
}

/**
 * The built-in stylesheet, scoped to the article's classes so it can sit in any page:
 * a readable measure (about 70 characters), a serif text face with sans-serif furniture,
 * light and dark colours (`prefers-color-scheme`), and print rules (black on white, link
 * targets spelled out, no breaks inside figures or right after headings).
 *
 * @example
 * `<style>${builtInStylesheet()}</style>${renderHtml(article)}`
 */
export function builtInStylesheet(options: StylesheetOptions = {}): string {
  const p = `.${options.classPrefix ?? DEFAULT_CLASS_PREFIX}`;
  const v = `--${options.classPrefix || DEFAULT_CLASS_PREFIX}`;
  const a = `${p}article`;
  return `${a} {
  ${v}text: #1c1c1e; ${v}muted: #5c5f66; ${v}rule: #dcdcd8; ${v}link: #0a58a8; ${v}accent: #9e1b1f; ${v}code: #f1f1ee;
  ${v}sans: ${SANS};
  max-width: 40rem; margin: 0 auto; color: var(${v}text);
  font: 1.125rem/1.65 ${SERIF}; overflow-wrap: break-word; hyphens: manual;
}
@media (prefers-color-scheme: dark) {
  ${a} { ${v}text: #e6e4df; ${v}muted: #a9a59e; ${v}rule: #3b3b3e; ${v}link: #8cb8f5; ${v}accent: #f08a82; ${v}code: #26262a; }
}
${a} > header { margin: 0 0 2rem; padding: 0 0 1.5rem; border-bottom: 1px solid var(${v}rule); }
${a} :is(h1, h2, h3, h4, h5, h6) { font-family: var(${v}sans); line-height: 1.2; margin: 2rem 0 .75rem; text-wrap: balance; }
${a} > header > :is(h1, h2, h3, h4, h5, h6) { font-size: clamp(1.75rem, 2vw + 1.2rem, 2.35rem); letter-spacing: -.015em; margin: 0 0 .75rem; }
${a} p { margin: 0 0 1.1rem; }
${p}dek { font-size: 1.3rem; line-height: 1.45; color: var(${v}muted); }
${p}byline, ${p}dates { font-family: var(${v}sans); font-size: .9rem; color: var(${v}muted); margin: 0 0 .25rem; }
${p}author-name { color: var(${v}text); font-weight: 600; }
${p}role { font-weight: 400; color: var(${v}muted); }
${p}dateline { font-family: var(${v}sans); font-size: .85em; font-weight: 700; letter-spacing: .02em; }
${a} a { color: var(${v}link); text-decoration-thickness: 1px; text-underline-offset: .15em; }
${a} figure { margin: 2rem 0; }
${a} > header figure { margin: 1.5rem 0 0; }
${a} img { display: block; max-width: 100%; height: auto; border-radius: 2px; }
${a} figcaption { font-family: var(${v}sans); font-size: .85rem; line-height: 1.45; color: var(${v}muted); margin-top: .5rem; }
${p}credit { font-size: .72rem; letter-spacing: .05em; text-transform: uppercase; white-space: nowrap; }
${p}no-image figcaption { margin: 0; padding: .1rem 0 .1rem .75rem; border-left: 3px solid var(${v}rule); }
${a} blockquote { margin: 1.75rem 0; padding: 0 0 0 1.25rem; border-left: 3px solid var(${v}accent); font-size: 1.15em; }
${a} blockquote > :last-child { margin-bottom: 0; }
${p}quote blockquote { margin: 0; }
${p}attribution { padding-left: calc(1.25rem + 3px); font-size: .9rem; }
${a} :is(ul, ol) { padding-left: 1.5rem; margin: 0 0 1.1rem; }
${a} li { margin: .3rem 0; }
${a} li > :is(ul, ol) { margin: .3rem 0 0; }
${a} hr { border: 0; border-top: 1px solid var(${v}rule); width: 30%; margin: 2.5rem auto; }
${a} code { font-family: ${MONO}; font-size: .88em; background: var(${v}code); padding: .1em .3em; border-radius: 3px; }
${p}embed { padding: .9rem 1.1rem; border: 1px solid var(${v}rule); border-radius: 6px; font-family: var(${v}sans); }
${p}embed p { margin: 0; font-weight: 600; }
${p}embed figcaption { margin-top: .25rem; }
${p}boilerplate { color: var(${v}muted); font-size: .9em; }
${p}source { margin: 2.5rem 0 0; padding: 1rem 0 0; border-top: 1px solid var(${v}rule); font-family: var(${v}sans); font-size: .85rem; color: var(${v}muted); }
${p}source p { margin: 0 0 .25rem; }
@media print {
  ${a} { ${v}text: #000; ${v}muted: #333; ${v}rule: #999; ${v}link: #000; ${v}accent: #666; ${v}code: #eee; max-width: none; font-size: 11pt; }
  ${a} a { text-decoration: none; }
  ${a} p a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  ${a} :is(h1, h2, h3, h4, h5, h6) { break-after: avoid; }
  ${a} :is(figure, blockquote, li, ${p}embed) { break-inside: avoid; }
  ${a} p { orphans: 3; widows: 3; }
  ${a} img { max-height: 45vh; width: auto; }
}
`;
}

/** Page rules for a full document: background and margins, following the same light and dark colours. */
export function documentStylesheet(): string {
  return `html { color-scheme: light dark; -webkit-text-size-adjust: 100%; }
body { margin: 0; padding: 2.5rem 1.25rem 4rem; background: #fcfcfa; color: #1c1c1e; }
@media (prefers-color-scheme: dark) { body { background: #161618; color: #e6e4df; } }
@media print { body { padding: 0; background: #fff; color: #000; } }
`;
}
