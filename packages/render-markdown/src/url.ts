/** Schemes a link may use; anything else is written as its text only. Relative URLs are fine. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** Schemes an image may use, besides `data:image/…`. */
const IMAGE_SCHEMES = new Set(['http', 'https']);

/**
 * The scheme of `url` in lower case, or `undefined` for a relative URL. Browsers ignore tabs
 * and line feeds anywhere in a URL and control characters and spaces before it, so those are
 * skipped first: `java\tscript:` is still `javascript`.
 */
export function urlScheme(url: string): string | undefined {
  let scheme = '';
  let started = false;
  for (let index = 0; index < url.length; index += 1) {
    const code = url.charCodeAt(index);
    if (code === 0x09 || code === 0x0a || code === 0x0d) continue;
    if (!started && code <= 0x20) continue;
    started = true;
    if (code === 0x3a) return scheme === '' ? undefined : scheme.toLowerCase();
    const isLetter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    const isSchemeCharacter = isLetter || (scheme !== '' && ((code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2d || code === 0x2e));
    if (!isSchemeCharacter) return undefined;
    scheme += url[index];
  }
  return undefined;
}

/**
 * Whether `url` may become a link (`href`) or an image (`src`) when the Markdown is turned
 * into HTML: http, https, mailto, tel and relative URLs for links; http, https, relative and
 * `data:image/…` URLs for images.
 * The same allow-list as `@copydesk/render-html`.
 */
export function isSafeUrl(url: string, use: 'link' | 'image'): boolean {
  const scheme = urlScheme(url);
  if (scheme === undefined) return true;
  if (use === 'link') return LINK_SCHEMES.has(scheme);
  if (IMAGE_SCHEMES.has(scheme)) return true;
  if (scheme === 'data') {
    const colon = url.indexOf(':');
    return url.slice(colon + 1).trimStart().toLowerCase().startsWith('image/');
  }
  return false;
}
