// Measures parseText: throughput over the shared text corpus (every file, read as bytes) and
// time(4n)/time(n) on the scaling shapes (the check is a ratio ≤ 4.5).
// Run after a build: node --expose-gc packages/parser/scripts/parse-throughput.mjs [corpus dir]
// Times are CPU time of this process, best of several runs, a collection before each.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(process.argv[2] ?? join(here, '../../../../shared/corpora/text'));

function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

/** Best of `runs` CPU-millisecond timings of `work` (user + system), after a collection. */
function bestOf(runs, work) {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    globalThis.gc?.();
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const files = filesUnder(corpus).map((path) => readFileSync(path));
const texts = files.map((bytes) => new TextDecoder().decode(bytes));
const bytes = files.reduce((sum, f) => sum + f.length, 0);
const overBytes = () => {
  for (const f of files) parseText(f);
};
const overStrings = () => {
  for (const t of texts) parseText(t);
};
overBytes();
overStrings();
const msBytes = bestOf(8, overBytes);
const msStrings = bestOf(8, overStrings);
const rate = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
console.log(
  `corpus: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB: parseText ${msBytes.toFixed(0)} ms from bytes = ${rate(msBytes)} MB/s, ${msStrings.toFixed(0)} ms from strings = ${rate(msStrings)} MB/s`,
);

const paragraph = 'The central bank said on Tuesday that it would keep rates unchanged, citing weak growth (and low inflation) across the region.';
const shapes = {
  'long article (characters)': {
    size: 250_000,
    make: (n) => `Storm Hits\n\n${Array.from({ length: Math.ceil(n / 128) }, (_, i) => (i % 7 === 3 ? 'A Subheading Here' : paragraph)).join('\n\n')}`,
  },
  'one 1 MB line': { size: 1_000_000, make: (n) => `Title\n\n${'All work and no play makes a dull article. '.repeat(Math.ceil(n / 43)).slice(0, n)}` },
  '100,000 blank lines': { size: 100_000, make: (n) => `Title\n${'\n'.repeat(n)}The end.` },
  '50,000 "("': { size: 50_000, make: (n) => '('.repeat(n) },
  '10,000-item list': { size: 10_000, make: (n) => `Title\n\n${Array.from({ length: n }, (_, i) => `- item ${i}`).join('\n')}` },
  'hard-wrapped wire copy (lines)': {
    size: 5_000,
    make: (n) => `TITLE\n\n${Array.from({ length: n }, (_, i) => `${i % 5 === 0 ? '    ' : ''}the wire copy goes on about the dollar rate-`).join('\n')}`,
  },
};
for (const [name, { size, make }] of Object.entries(shapes)) {
  const small = make(size);
  const large = make(4 * size);
  parseText(small);
  parseText(large);
  const t1 = bestOf(5, () => parseText(small));
  const t4 = bestOf(5, () => parseText(large));
  console.log(`${name.padEnd(32)} n=${String(small.length).padStart(9)}  t(n) ${t1.toFixed(1).padStart(7)} ms  t(4n) ${t4.toFixed(1).padStart(8)} ms  ratio ${(t4 / t1).toFixed(2)}`);
}
