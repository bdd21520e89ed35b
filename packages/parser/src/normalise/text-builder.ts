/**
 * Builds a long string from many pieces. Pieces are joined in batches, so a text with a
 * million small repairs keeps a few hundred flat strings alive instead of a million-node rope,
 * which the garbage collector would have to walk again and again (making the pass superlinear).
 */
export class TextBuilder {
  private readonly batches: string[] = [];
  private pieces: string[] = [];
  /** Length of everything appended so far. */
  length = 0;

  append(piece: string): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.pieces.length >= 1024) this.seal();
  }

  toString(): string {
    this.seal();
    return this.batches.length === 1 ? this.batches[0]! : this.batches.join('');
  }

  private seal(): void {
    if (this.pieces.length === 0) return;
    this.batches.push(this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join(''));
    this.pieces = [];
  }
}
