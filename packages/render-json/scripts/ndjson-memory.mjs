#!/usr/bin/env node
// Streams 100,000 articles through createNdjsonWriter into a file in the OS temp directory
// (deleted afterwards) and prints the peak resident set size and the throughput. Memory should
// stay flat however many articles go through: the writer holds one line at a time and waits
// for 'drain'. A benchmark, not a test: run it after `pnpm --filter @copydesk/render-json build`.
//
//   node packages/render-json/scripts/ndjson-memory.mjs [count]

import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNdjsonWriter } from '@copydesk/render-json';

const count = Number(process.argv[2] ?? 100_000);
const here = dirname(fileURLToPath(import.meta.url));
const seed = JSON.parse(readFileSync(join(here, '../../model/test/fixtures/mosul.article.json'), 'utf8'));

/** Articles made on demand from the seed, each a little different, so none is kept in memory. */
function* articles(n) {
  for (let i = 0; i < n; i += 1) {
    const article = structuredClone(seed);
    article.meta.title = `${seed.meta.title} (${i})`;
    article.meta.tags = [`batch-${i % 100}`];
    // Vary the length: drop up to three paragraphs from the end.
    article.children = seed.children.slice(0, seed.children.length - (i % 4));
    yield article;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'copydesk-ndjson-'));
const file = join(dir, 'articles.ndjson');
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
try {
  const writer = createNdjsonWriter(createWriteStream(file));
  const written = await writer.writeAll(articles(count));
  await writer.close();
  const seconds = (performance.now() - started) / 1000;
  const bytes = statSync(file).size;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  console.log(`articles written: ${written.toLocaleString('en')}`);
  console.log(`output:           ${mb(bytes)} MiB`);
  console.log(`time:             ${seconds.toFixed(2)} s`);
  console.log(`throughput:       ${Math.round(written / seconds).toLocaleString('en')} articles/s, ${mb(bytes / seconds)} MiB/s`);
  console.log(`RSS at start:     ${mb(rssBefore)} MiB`);
  console.log(`peak RSS:         ${mb(peakRss)} MiB (process.resourceUsage().maxRSS)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
