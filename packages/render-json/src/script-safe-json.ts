/**
 * Characters that must not appear literally in JSON placed inside an HTML `<script>` element.
 * `<` could open `</script>` or `<!--` (which changes how the HTML tokenizer ends the script),
 * `>` and `&` are escaped for symmetry with the usual HTML-embedding practice (and for XHTML),
 * and U+2028/U+2029 are line terminators in older JavaScript engines. All of them can only
 * occur inside JSON strings, where `\uXXXX` means the same character, so the JSON value is
 * unchanged.
 */
function scriptEscape(code: number): string | undefined {
  switch (code) {
    case 0x3c: // <
      return '\\u003c';
    case 0x3e: // >
      return '\\u003e';
    case 0x26: // &
      return '\\u0026';
    case 0x2028:
      return '\\u2028';
    case 0x2029:
      return '\\u2029';
    default:
      return undefined;
  }
}

export interface ScriptSafeJsonOptions {
  /** Indent with two spaces per level; compact (the default) otherwise. */
  pretty?: boolean;
}

/**
 * Serialise `value` as JSON that is safe as the text of a `<script type="application/ld+json">`
 * element: `JSON.parse` of the result equals `JSON.parse(JSON.stringify(value))`, and the result
 * contains no `<`, `>`, `&`, U+2028 or U+2029 (so never `</script` or `<!--`).
 *
 * @example
 * `<script type="application/ld+json">${serializeJsonLdForHtml(renderJsonLd(article))}</script>`
 */
export function serializeJsonLdForHtml(value: unknown, options: ScriptSafeJsonOptions = {}): string {
  const json = JSON.stringify(value, null, options.pretty ? 2 : undefined) as string | undefined;
  if (json === undefined) throw new TypeError('serializeJsonLdForHtml: the value has no JSON form (undefined, a function or a symbol)');
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i += 1) {
    const code = json.charCodeAt(i);
    // Almost every character needs nothing: a few comparisons here rather than a call per character.
    if (code !== 0x3c && code !== 0x3e && code !== 0x26 && code !== 0x2028 && code !== 0x2029) continue;
    const replacement = scriptEscape(code);
    if (replacement === undefined) continue;
    out += json.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? json : out + json.slice(from);
}
