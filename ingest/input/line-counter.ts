// Line numbers of byte offsets in a stream that is read once: the CSV parser counts a CRLF inside a quoted
// cell as two lines, so its own count drifts; this one counts line feeds in the bytes themselves. Offsets
// are asked in increasing order, and the chunks behind the last one asked are let go (memory stays small).

export class LineCounter {
  private readonly chunks: Buffer[] = [];
  /** Stream offset of the first byte of `chunks[0]`. */
  private chunkStart = 0;
  /** Stream offset counted up to, and the line it is on. */
  private offset = 0;
  private line = 1;

  add(chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  /** The line of the first byte at or after `offset` that is not a line break (where a record starts). */
  contentLine(offset: number): number {
    while (this.chunks.length > 0) {
      const chunk = this.chunks[0] as Buffer;
      let i = this.offset - this.chunkStart;
      for (; i < chunk.length; i++) {
        const byte = chunk[i];
        const beyond = this.chunkStart + i >= offset;
        if (beyond && byte !== 0x0a && byte !== 0x0d) break;
        if (byte === 0x0a) this.line++;
      }
      this.offset = this.chunkStart + i;
      if (i < chunk.length) break;
      this.chunkStart += chunk.length;
      this.chunks.shift();
    }
    return this.line;
  }
}
