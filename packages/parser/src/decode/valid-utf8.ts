/**
 * Decoding of bytes that are valid UTF-8, by the fastest means the runtime offers.
 *
 * `TextDecoder` builds the string through the JavaScript engine's own UTF-8 reader, one
 * character at a time. Where Node's `buffer` module is at hand, its `isUtf8` (a vectorised
 * check) and `transcode` (a bulk UTF-8 to UTF-16 conversion) followed by a UTF-16 read do the
 * same in about half the time for text outside ASCII. Pure ASCII is already fast through
 * `TextDecoder`, faster than a transcoding, so it stays there.
 *
 * The module is looked up at run time (`process.getBuiltinModule`, Node 20.16+), not
 * imported, so that the package keeps no Node-only import and runs unchanged in browsers,
 * where `TextDecoder` does all the work.
 */

/** The part of Node's `buffer` module used here. */
interface NodeBufferModule {
  isAscii(input: Uint8Array): boolean;
  isUtf8(input: Uint8Array): boolean;
  transcode(source: Uint8Array, fromEncoding: 'utf8', toEncoding: 'utf16le'): { toString(encoding: 'utf16le'): string };
}

const nodeBuffer: NodeBufferModule | undefined = findNodeBuffer();

/**
 * `bytes` decoded as UTF-8 (WHATWG rules: no overlongs, no surrogates, nothing above
 * U+10FFFF; a leading U+FEFF kept as text), or `undefined` when they are not valid UTF-8.
 */
export function decodeValidUtf8(bytes: Uint8Array): string | undefined {
  if (nodeBuffer) {
    try {
      if (!nodeBuffer.isAscii(bytes)) {
        if (!nodeBuffer.isUtf8(bytes)) return undefined;
        return nodeBuffer.transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
      }
    } catch {
      // A Node without ICU has no transcoding, and these functions refuse some views (a
      // detached buffer): the decoder below reads the same text, or fails as it always did.
    }
  }
  try {
    // A new decoder each time: Node's keeps the state of a broken last sequence after throwing.
    // The BOM, if any, is cut off by the caller: ignoreBOM keeps a second U+FEFF as text.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function findNodeBuffer(): NodeBufferModule | undefined {
  try {
    const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const candidate = runtime?.getBuiltinModule?.('node:buffer') as Partial<NodeBufferModule> | undefined;
    if (typeof candidate?.isAscii === 'function' && typeof candidate.isUtf8 === 'function' && typeof candidate.transcode === 'function') {
      return candidate as NodeBufferModule;
    }
  } catch {
    // Not Node, or a runtime that refuses the lookup: TextDecoder alone.
  }
  return undefined;
}
