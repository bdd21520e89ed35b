/** One line of an NDJSON stream, as bytes without its line break. */
export interface RawLine {
  /** 1-based, counting every line break, blank lines too. */
  number: number;
  bytes: Uint8Array;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines, without decoding it: the main thread of an NDJSON run only
 * routes lines to the worker threads, and strings made here would fill its heap (a 64 KB chunk of
 * text with one non-Latin-1 character becomes a 128 KB string, too large for the young
 * generation, and the lines sliced from it keep it alive). UTF-8 never uses the bytes of `\r` and
 * `\n` inside a character, so splitting bytes splits the same lines as splitting the text.
 *
 * The breaks are those of `node:readline` with `crlfDelay: Infinity`: `\n`, `\r\n` and a lone
 * `\r`; a last line without a break still counts, and a break at the very end adds no line.
 *
 * @example
 * const lines = new LineSplitter();
 * lines.push(Buffer.from('{"id":1}\r\n{"id"')); // line 1
 * lines.push(Buffer.from(':2}'));                // nothing yet
 * lines.end();                                    // line 2
 */
export class LineSplitter {
  /** Pieces of a line that started in an earlier chunk. */
  private partial: Uint8Array[] = [];
  private partialBytes = 0;
  /** The previous chunk ended in `\r`: a `\n` that starts the next one belongs to that break. */
  private skipLineFeed = false;
  private lineNumber = 0;

  /** The lines that end in `chunk`. They may be views into it: copy them before the stream reuses it. */
  push(chunk: Uint8Array): RawLine[] {
    const lines: RawLine[] = [];
    let start = 0;
    if (this.skipLineFeed && chunk.length > 0) {
      this.skipLineFeed = false;
      if (chunk[0] === LF) start = 1;
    }
    // indexOf runs natively over the bytes; most chunks hold dozens of lines and no \r at all.
    let cr = chunk.indexOf(CR, start);
    let lf = chunk.indexOf(LF, start);
    while (cr !== -1 || lf !== -1) {
      const isCr = cr !== -1 && (lf === -1 || cr < lf);
      const end = isCr ? cr : lf;
      lines.push(this.finish(chunk.subarray(start, end)));
      start = end + 1;
      if (isCr) {
        if (start === chunk.length) this.skipLineFeed = true;
        else if (chunk[start] === LF) start++;
        cr = chunk.indexOf(CR, start);
      }
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) {
      // A copy: the stream may reuse its chunk, and a small copy frees the rest of it.
      this.partial.push(new Uint8Array(chunk.subarray(start)));
      this.partialBytes += chunk.length - start;
    }
    return lines;
  }

  /** The last line, when the stream did not end with a line break. */
  end(): RawLine[] {
    return this.partial.length > 0 ? [this.finish(new Uint8Array(0))] : [];
  }

  private finish(tail: Uint8Array): RawLine {
    this.lineNumber++;
    if (this.partial.length === 0) return { number: this.lineNumber, bytes: tail };
    const bytes = new Uint8Array(this.partialBytes + tail.length);
    let offset = 0;
    for (const piece of this.partial) {
      bytes.set(piece, offset);
      offset += piece.length;
    }
    bytes.set(tail, offset);
    this.partial = [];
    this.partialBytes = 0;
    return { number: this.lineNumber, bytes };
  }
}
