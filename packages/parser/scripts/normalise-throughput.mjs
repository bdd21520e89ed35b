// Measures the decode + normalise pass: throughput over the shared text corpus (every file,
// read as bytes) and time(4n)/time(n) on inputs built to find superlinear behaviour.
// Run after a build: node packages/parser/scripts/normalise-throughput.mjs [corpus dir]
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

function bestOf(runs, work) {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
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
const ms = bestOf(5, passOverCorpus);
const decodeMs = bestOf(5, () => {
  for (const f of files) decodeInput(f);
});
console.log(
  `corpus: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB: decode+normalise ${ms.toFixed(1)} ms = ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (decode alone ${(bytes / 1e6 / (decodeMs / 1000)).toFixed(1)} MB/s), ${repairs} diagnostics`,
);

const shapes = {
  'one 1 MB line': (n) => 'All work and no play makes a dull article. '.repeat(Math.ceil(n / 43)).slice(0, n),
  'lines of entities and mojibake': (n) =>
    'He said &ldquo;no&rdquo; &amp; left &#8212; Caf\u00c3\u00a9 \u00e2\u20ac\u2122s &nbsp;<br>\r\n'.repeat(Math.ceil(n / 60)).slice(0, n),
  'blank lines': (n) => '\n'.repeat(n),
  '( characters': (n) => '('.repeat(n),
  '< and & characters': (n) => '<a &#'.repeat(Math.ceil(n / 5)).slice(0, n),
  'mojibake leads': (n) => '\u00c3\u00a9\u00c3'.repeat(Math.ceil(n / 3)).slice(0, n),
  'tabs and odd spaces': (n) => 'a\t\t\u00a0\u200b'.repeat(Math.ceil(n / 5)).slice(0, n),
};
const results = {};
for (const [name, make] of Object.entries(shapes)) {
  const n = 1_000_000;
  const small = make(n);
  const large = make(4 * n);
  normaliseText(small);
  const t1 = bestOf(5, () => normaliseText(small));
  const t4 = bestOf(5, () => normaliseText(large));
  results[name] = Number((t4 / t1).toFixed(2));
  console.log(`${name}: n=${n} ${t1.toFixed(1)} ms, 4n ${t4.toFixed(1)} ms, ratio ${(t4 / t1).toFixed(2)}`);
}
console.log(JSON.stringify({ corpusMBps: Number((bytes / 1e6 / (ms / 1000)).toFixed(1)), scaling: results }));
