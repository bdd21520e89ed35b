/**
 * `value` as an absolute `http:` or `https:` URL, resolved against `base` when it is relative,
 * or `undefined` when it cannot be one. Structured data and feeds are read by machines far from
 * the page, so relative URLs are useless there and other schemes (`javascript:`, `data:`,
 * `mailto:`) are never what a reader expects, unless listed in `otherSchemes` (`['mailto:']`).
 *
 * @example
 * absoluteWebUrl('/a.jpg', 'https://example.com/story') // 'https://example.com/a.jpg'
 * absoluteWebUrl('javascript:alert(1)') // undefined
 */
export function absoluteWebUrl(value: string | undefined, base?: string, otherSchemes: readonly string[] = []): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(value.trim()) : new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' || otherSchemes.includes(url.protocol) ? url.href : undefined;
}
