import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from './ndjson-lines.js';

/** The lines `node:readline` reads from these chunks (what the NDJSON path used to read), numbered. */
async function readlineLines(chunks: readonly Uint8Array[]): Promise<Array<[number, string]>> {
  const lines = createInterface({ input: Readable.from(chunks.map((c) => Buffer.from(c))), crlfDelay: Number.POSITIVE_INFINITY });
  const out: Array<[number, string]> = [];
  for await (const line of lines) out.push([out.length + 1, line]);
  return out;
}

function splitterLines(chunks: readonly Uint8Array[]): Array<[number, string]> {
  const splitter = new LineSplitter();
  const lines = chunks.flatMap((chunk) => splitter.push(chunk));
  lines.push(...splitter.end());
  return lines.map((line) => [line.number, Buffer.from(line.bytes).toString('utf8')]);
}

/** Cuts bytes at the given offsets. */
function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const end of [...at, bytes.length]) {
    chunks.push(bytes.subarray(start, end));
    start = end;
  }
  return chunks;
}

describe('LineSplitter', () => {
  it('breaks at \\n, \\r\\n and a lone \\r, and counts blank lines', () => {
    expect(splitterLines([Buffer.from('a\nb\r\nc\rd\n\n e\n')])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
      [5, ''],
      [6, ' e'],
    ]);
  });

  it('keeps a \\r\\n split between chunks as one break, and a last line without one', () => {
    expect(splitterLines([Buffer.from('a\r'), Buffer.from('\nb\r'), Buffer.from('c')])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(splitterLines([Buffer.from('a\n')])).toEqual([[1, 'a']]);
    expect(splitterLines([])).toEqual([]);
  });

  it('joins a line that spans chunks, cut inside a character too, and leaves the chunks as they were', () => {
    const bytes = Buffer.from('{"text":"Café – naïve"}\n{"id":2}');
    const chunks = cut(bytes, [3, 12, 13, 14, 25]);
    const copies = chunks.map((c) => Buffer.from(c));
    expect(splitterLines(chunks)).toEqual([
      [1, '{"text":"Café – naïve"}'],
      [2, '{"id":2}'],
    ]);
    expect(chunks).toEqual(copies);
  });

  it('reads the same lines as node:readline, whatever the chunking', async () => {
    // A fixed pseudo-random sequence: the test is the same on every run.
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['a', ' ', '\n', '\r', '\r\n', 'é', '€', '😀', '\u2028', '{"id":1}'];
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]).join('');
      const bytes = Buffer.from(text);
      // Distinct inner cuts: a stream never delivers an empty chunk (readline would end a pending \r\n on one).
      const at = [...new Set(Array.from({ length: random(6) }, () => 1 + random(Math.max(1, bytes.length - 1))))].filter((i) => i < bytes.length).sort((x, y) => x - y);
      const chunks = cut(bytes, at);
      expect(splitterLines(chunks), JSON.stringify({ text, at })).toEqual(await readlineLines(chunks));
    }
  });
});
