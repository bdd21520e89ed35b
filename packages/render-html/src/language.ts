/**
 * `tag` in canonical case when it is a well-formed BCP 47 language tag (`EN-gb` → `en-GB`),
 * else `undefined`. Uses `Intl.getCanonicalLocales`, which Node and every current browser have.
 */
export function wellFormedLanguage(tag: string | undefined): string | undefined {
  const trimmed = tag?.trim();
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}
