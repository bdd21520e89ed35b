/** What a scan for binary content found in decoded text. */
export interface BinaryEvidence {
  /** NUL characters. */
  nuls: number;
  /** Other C0 controls and DEL, not counting tab, line feed, form feed and carriage return. */
  controls: number;
  /** Whether the text looks like binary data rather than text with a few stray controls. */
  binary: boolean;
}

/** Any character the loop of {@link scanForBinary} counts: NUL, other C0 controls but tab, LF, FF and CR, and DEL. */
const COUNTED_CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/**
 * Count NULs and control characters in `text`. Text counts as binary when at least one in
 * twenty characters is one of them, or when it holds a NUL in every hundred: real articles
 * carry at most a stray control or two (form feeds and tabs are normal and not counted).
 */
export function scanForBinary(text: string): BinaryEvidence {
  // Nearly all text holds none of the counted characters: one native search settles it
  // without the loop below.
  if (!COUNTED_CONTROL.test(text)) return { nuls: 0, controls: 0, binary: false };
  let nuls = 0;
  let controls = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c === 0) nuls++;
      else if (c !== 9 && c !== 10 && c !== 12 && c !== 13) controls++;
    } else if (c === 0x7f) controls++;
  }
  const binary = length > 0 && ((nuls + controls) * 20 >= length || nuls * 100 >= length);
  return { nuls, controls, binary };
}
