import { safe } from '../safe.js';
import type { State } from '../state.js';

/**
 * A link or image destination: `<…>` when the URL is empty, holds a space or control
 * character, or starts with `<`; otherwise bare, with parentheses escaped.
 */
export function destination(url: string, state: State): string {
  const gfm = state.options.flavor === 'gfm';
  if (url === '') return '<>';
  let needsBrackets = url.startsWith('<');
  for (let index = 0; index < url.length && !needsBrackets; index += 1) {
    const code = url.charCodeAt(index);
    if (code <= 0x20 || code === 0x7f) needsBrackets = true;
  }
  if (needsBrackets) return `<${safe(url, { constructs: ['destinationLiteral'], gfm })}>`;
  return safe(url, { constructs: ['destinationRaw'], gfm });
}

/** ` "title"` after a destination, or nothing. */
export function title(value: string | undefined, state: State): string {
  if (value === undefined) return '';
  return ` "${safe(value, { constructs: ['title'], gfm: state.options.flavor === 'gfm' })}"`;
}
