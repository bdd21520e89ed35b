// Builds the NDJSON corpus for the memory measure: the text corpus repeated, one `{id, text}`
// record per line, until the file reaches the target size. Written in large chunks so a
// gigabyte takes seconds; the caller deletes it afterwards.
import { closeSync, openSync, writeSync } from 'node:fs';

const utf8 = new TextDecoder('utf-8');
const CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Writes at least `targetBytes` of NDJSON to `path` and returns the size, line count and how many
 * times the corpus was repeated. Each repetition gets distinct ids (`<file>#<n>`).
 */
export function writeNdjsonCorpus(path, articles, targetBytes) {
  // The JSON-escaped text is the expensive part; escape each article once and reuse it.
  const tails = articles.map((a) => `,"text":${JSON.stringify(utf8.decode(a.bytes))}}\n`);
  const ids = articles.map((a) => JSON.stringify(a.id).slice(0, -1));
  const fd = openSync(path, 'w');
  let written = 0;
  let lines = 0;
  let repetitions = 0;
  let pending = '';
  try {
    while (written + Buffer.byteLength(pending) < targetBytes) {
      for (let i = 0; i < articles.length; i++) {
        pending += `{"id":${ids[i]}#${repetitions}"${tails[i]}`;
        lines++;
        if (pending.length >= CHUNK_BYTES) {
          written += writeSync(fd, pending);
          pending = '';
        }
      }
      repetitions++;
    }
    if (pending) written += writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  return { bytes: written, lines, repetitions };
}
