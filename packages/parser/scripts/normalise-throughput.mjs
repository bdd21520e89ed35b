// Measures the decode + normalise pass: throughput over the shared text corpus (every file,
// read as bytes) and time(4n)/time(n) on inputs built to find superlinear behaviour.
// Run after a build: node --expose-gc packages/parser/scripts/normalise-throughput.mjs [corpus dir]
// Times are CPU time of this process, best of several runs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeInput, normaliseText } from '../dist/index.js';

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

/**
 * Best of `runs` timings of `work`, in CPU milliseconds of this process (user + system), so
 * that time spent descheduled on a busy machine does not count. With `collect` and
 * --expose-gc, a collection runs first so one input's garbage is not charged to the next.
 */
function bestOf(runs, work, collect = false) {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    if (collect) globalThis.gc?.();
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const files = filesUnder(corpus).map((path) => readFileSync(path));
const bytes = files.reduce((sum, f) => sum + f.length, 0);
let repairs = 0;
const passOverCorpus = () => {
  repairs = 0;
  for (const f of files) repairs += normaliseText(decodeInput(f).text).diagnostics.length;
};
passOverCorpus(); // warm up
const ms = bestOf(10, passOverCorpus);
const decodeMs = bestOf(10, () => {
  for (const f of files) decodeInput(f);
});
console.log(
  `corpus: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB: decode+normalise ${ms.toFixed(1)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (decode alone ${(bytes / 1e6 / (decodeMs / 1000)).toFixed(1)} MB/s), ${repairs} diagnostics`,
);

// Each shape builds an input of `size` units (characters or lines); the check is time(4n)/time(n) ≤ 4.5.
const shapes = {
  'one 1 MB line': { size: 1_000_000, make: (n) => 'All work and no play makes a dull article. '.repeat(Math.ceil(n / 43)).slice(0, n) },
  '20,000 lines of entities and mojibake': {
    size: 20_000,
    make: (n) => 'He said &ldquo;no&rdquo; &amp; left &#8212; Caf\u00c3\u00a9 \u00e2\u20ac\u2122s &nbsp;<br>\r\n'.repeat(n),
  },
  '100,000 blank lines': { size: 100_000, make: (n) => '\n'.repeat(n) },
  '50,000 (': { size: 50_000, make: (n) => '('.repeat(n) },
  '1 MB of < and &': { size: 1_000_000, make: (n) => '<a &#'.repeat(Math.ceil(n / 5)).slice(0, n) },
  '1 MB of <!-- on one line': { size: 1_000_000, make: (n) => '<!-- '.repeat(Math.ceil(n / 5)).slice(0, n) },
  '1 MB of mojibake leads': { size: 1_000_000, make: (n) => '\u00c3\u00a9\u00c3'.repeat(Math.ceil(n / 3)).slice(0, n) },
  '1 MB of tabs and odd spaces': { size: 1_000_000, make: (n) => 'a\t\t\u00a0\u200b'.repeat(Math.ceil(n / 5)).slice(0, n) },
};
const results = {};
for (const [name, { size, make }] of Object.entries(shapes)) {
  const n = size;
  const small = make(n);
  const large = make(4 * n);
  normaliseText(small);
  normaliseText(large);
  // Alternate the two sizes so a slow spell on a shared machine hits both alike.
  let t1 = Number.POSITIVE_INFINITY;
  let t4 = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 7; round++) {
    t1 = Math.min(t1, bestOf(1, () => normaliseText(small), true));
    t4 = Math.min(t4, bestOf(1, () => normaliseText(large), true));
  }
  results[name] = Number((t4 / t1).toFixed(2));
  console.log(`${name}: ${small.length} chars ${t1.toFixed(1)} ms, 4n ${t4.toFixed(1)} ms, ratio ${(t4 / t1).toFixed(2)}`);
}
console.log(JSON.stringify({ corpusMBps: Number((bytes / 1e6 / (ms / 1000)).toFixed(1)), scaling: results }));
