import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Write and, when the stream's buffer is full, wait for it to drain: back-pressure for long streams. */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** End a file stream and wait until its bytes are on disk. */
export async function endStream(stream: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
