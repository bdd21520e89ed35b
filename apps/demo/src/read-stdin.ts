import type { Readable } from 'node:stream';

/** All of stdin, or `undefined` once it passes `maxBytes` (the rest is drained, not kept). */
export async function readAll(stream: Readable, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size <= maxBytes) chunks.push(buffer);
    else chunks.length = 0;
  }
  return size > maxBytes ? undefined : Buffer.concat(chunks);
}
