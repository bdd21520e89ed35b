/**
 * Tags already checked, with their canonical form (`undefined` for a tag that is not BCP 47):
 * `Intl.getCanonicalLocales` costs about as much as rendering a short paragraph, and a batch
 * of articles uses a handful of tags.
 */
const CHECKED_TAGS = new Map<string, string | undefined>();

/** Enough for every language a publisher uses; cleared when full so odd input cannot grow it without end. */
const MAX_CHECKED_TAGS = 256;

/**
 * `tag` in canonical case when it is a well-formed BCP 47 language tag (`EN-gb` → `en-GB`),
 * else `undefined`. Uses `Intl.getCanonicalLocales`, which Node and every current browser have.
 */
export function wellFormedLanguage(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  if (CHECKED_TAGS.has(trimmed)) return CHECKED_TAGS.get(trimmed);
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    canonical = undefined;
  }
  if (CHECKED_TAGS.size >= MAX_CHECKED_TAGS) CHECKED_TAGS.clear();
  CHECKED_TAGS.set(trimmed, canonical);
  return canonical;
}
