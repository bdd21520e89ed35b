/** How many pieces are joined into one flat string, a chunk, at a time. */
const CHUNK_PIECES = 1024;

/**
 * Characters of chunks joined into one segment: enough that the segment, even of one-byte
 * characters, is larger than the biggest object V8 keeps among the young ones (128 KiB), so
 * that it is made in the large-object space, which the scavenger never copies.
 */
const SEGMENT_CHARACTERS = 1 << 17;

/**
 * Builds a long string from many pieces, in two steps. Every thousand pieces are joined into a
 * chunk, so a text with a million small repairs never keeps a million small strings alive,
 * nor a million-node rope that the garbage collector would walk again and again. Chunks are
 * a few kilobytes: kept to the end of the pass, every scavenge on the way would copy those made
 * since the last one (twice, before they were promoted), and a long text dense with repairs
 * would be copied over and over. So chunks are joined in turn into segments of
 * {@link SEGMENT_CHARACTERS}, which are made where nothing is copied; the chunks die young.
 * (A batch of that many characters joined straight from its pieces would keep tens of
 * thousands of pieces alive instead, and one join of so many is slower.)
 *
 * The pieces of every chunk are written into one array, reused: an array made afresh for each
 * chunk grew by copying to its thousand slots, garbage for every thousand repairs.
 */
export class TextBuilder {
  private segments: string[] = [];
  private chunks: string[] = [];
  private chunksLength = 0;
  private pieces: string[] = [];
  /** How many pieces of `pieces` belong to the chunk being collected (the rest are stale). */
  private count = 0;
  /** Length of everything appended so far. */
  length = 0;

  append(piece: string): void {
    if (piece.length === 0) return;
    this.pieces[this.count++] = piece;
    this.length += piece.length;
    if (this.count === CHUNK_PIECES) this.sealChunk();
  }

  toString(): string {
    this.sealChunk();
    this.sealSegment();
    return this.segments.length === 1 ? this.segments[0]! : this.segments.join('');
  }

  /** The text built so far; the builder is then empty, to build another. */
  take(): string {
    let text: string;
    // A text of fewer pieces than a chunk (most paragraphs) is joined from them straight, and
    // the next starts in a new array: joined with the longer array of an earlier text, it
    // would first be cut from it.
    if (this.segments.length === 0 && this.chunks.length === 0) {
      text = this.joinPieces();
      if (this.count > 0) this.pieces = [];
    } else {
      text = this.toString();
      this.segments = [];
    }
    this.count = 0;
    this.length = 0;
    return text;
  }

  /** The pieces of the chunk being collected, joined. */
  private joinPieces(): string {
    const { count, pieces } = this;
    if (count <= 1) return count === 0 ? '' : pieces[0]!;
    // An array the chunk fills is joined as it is; a shorter chunk (the last, or one after a
    // longer text) is cut from it, so that no stale piece of an earlier chunk is joined again.
    return count === pieces.length ? pieces.join('') : pieces.slice(0, count).join('');
  }

  private sealChunk(): void {
    if (this.count === 0) return;
    const chunk = this.joinPieces();
    this.count = 0;
    this.chunks.push(chunk);
    this.chunksLength += chunk.length;
    if (this.chunksLength >= SEGMENT_CHARACTERS) this.sealSegment();
  }

  private sealSegment(): void {
    const chunks = this.chunks;
    if (chunks.length === 0) return;
    this.segments.push(chunks.length === 1 ? chunks[0]! : chunks.join(''));
    this.chunks = [];
    this.chunksLength = 0;
  }
}
