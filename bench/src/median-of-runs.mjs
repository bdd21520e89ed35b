// `node src/median-of-runs.mjs run1.json run2.json …`: the median of several saved
// bench/results.json files, as the Markdown tables the README quotes. One run on a shared machine
// is noisy; the median of three is what the README reports.
import { readFileSync } from 'node:fs';
import { median } from './stats.mjs';

const runs = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, 'utf8')));
if (runs.length === 0) {
  console.error('usage: node src/median-of-runs.mjs results-1.json results-2.json …');
  process.exit(2);
}

/** Median of a figure across runs, skipping runs where it was not measured. */
function mid(pick) {
  const values = runs.map(pick).filter((v) => typeof v === 'number' && Number.isFinite(v));
  return values.length === 0 ? null : median(values);
}

const fmt = (value, digits) => (value === null ? '—' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const rowOf = (run, measure, name) => run.measures[measure].find((row) => row.contender === name && !row.error);

const lines = [];
const first = runs[0];
lines.push(
  `${runs.length} full runs, ${runs.map((r) => r.date.slice(0, 16).replace('T', ' ')).join(', ')} UTC; revisions ${[...new Set(runs.map((r) => r.revision))].join(', ')};`,
  `${first.machine.cpu}, ${first.machine.cores} cores, Node ${first.machine.node}; 1-minute load average during the runs ${runs.map((r) => `${r.machine.loadAverage}–${r.machine.loadAverageAtEnd}`).join(', ')}. Medians of the runs.`,
  '',
);
for (const [measure, copydesk] of [
  ['textToHtml', 'copydesk-html'],
  ['parse', 'copydesk-parse'],
  ['pipeline', 'copydesk-pipeline'],
  ['textToMarkdown', 'copydesk-markdown'],
]) {
  const names = first.measures[measure].map((row) => row.contender);
  lines.push(`**${measure}** (${(first.measures[measure].find((row) => row.articles)?.articles ?? 0).toLocaleString('en-US')} articles)`, '');
  lines.push('| contender | median pass ms | CPU ms | pages/s | MB/s | peak RSS MB | Copydesk × |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const name of names) {
    // Markdown tables would read `<p>` as HTML.
    const label = first.measures[measure].find((row) => row.contender === name).label.replaceAll('<', '&lt;');
    const times = name === copydesk ? null : mid((r) => {
      const ours = rowOf(r, measure, copydesk);
      const theirs = rowOf(r, measure, name);
      return ours && theirs ? ours.pagesPerSec / theirs.pagesPerSec : null;
    });
    lines.push(
      `| ${label} | ${fmt(mid((r) => rowOf(r, measure, name)?.medianMs), 0)} | ${fmt(mid((r) => rowOf(r, measure, name)?.medianCpuMs), 0)} | ${fmt(mid((r) => rowOf(r, measure, name)?.pagesPerSec), 0)} | ${fmt(mid((r) => rowOf(r, measure, name)?.mbPerSec), 2)} | ${fmt(mid((r) => rowOf(r, measure, name)?.peakRssMB), 0)} | ${name === copydesk ? '' : fmt(times, 2)} |`,
    );
  }
  lines.push('');
}

lines.push('**scaling**: time(4n) ÷ time(n), parseText + renderHtml', '', '| case | n ms | 4n ms | ratio |', '| --- | ---: | ---: | ---: |');
for (const row of first.measures.scaling.rows) {
  const pick = (key) => mid((r) => r.measures.scaling.rows.find((x) => x.case === row.case)?.[key]);
  lines.push(`| ${row.describe} | ${fmt(pick('nMs'), 1)} | ${fmt(pick('fourNMs'), 1)} | ${fmt(pick('ratio'), 2)} |`);
}
lines.push('');
const memory = (key) => mid((r) => (r.measures.memory.error ? null : r.measures.memory[key]));
lines.push(
  `**memory**: \`copydesk corpus.ndjson --ndjson-in --to ndjson\` over ${fmt(memory('ndjsonMB'), 0)} MB (${fmt(memory('records'), 0)} records): ${fmt(memory('wallMs') / 1000, 0)} s, ${fmt(memory('mbPerSec'), 1)} MB/s, peak RSS **${fmt(memory('peakRssMB'), 0)} MB**.`,
  '',
);
const parallel = (key) => mid((r) => (r.measures.parallel.error ? null : r.measures.parallel[key]));
const larger = (key) => mid((r) => r.measures.parallel.larger?.[key] ?? null);
const seconds = (ms) => (ms === null ? '—' : fmt(ms / 1000, 2));
lines.push(
  `**parallel**: \`copydesk <2,048 articles> --from text --to html --to md --to json --out <tmp>\`: --jobs 1 ${fmt(parallel('jobs1Ms') / 1000, 2)} s (${fmt(parallel('jobs1PagesPerSec'), 0)} pages/s), --jobs 2 ${fmt(parallel('jobs2Ms') / 1000, 2)} s (${fmt(parallel('jobs2PagesPerSec'), 0)} pages/s), ratio **${fmt(parallel('ratio'), 2)}**. The default \`--jobs auto\` (one thread at this size): ${seconds(parallel('autoMs'))} s. The corpus ×8 (${fmt(larger('articles'), 0)} articles): --jobs 1 ${seconds(larger('jobs1Ms'))} s, --jobs 2 ${seconds(larger('jobs2Ms'))} s, ratio **${fmt(larger('ratio'), 2)}**. CPU time (user + system, all threads) of --jobs 1 on the corpus: ${seconds(parallel('jobs1CpuMs'))} s, of --jobs 2: ${seconds(parallel('jobs2CpuMs'))} s; the CPU ceiling (cores × wall ÷ CPU of --jobs 1): **${fmt(parallel('cpuCeiling'), 2)}** on the corpus, ${fmt(larger('cpuCeiling'), 2)} on the corpus ×8.`,
  '',
);

const summaryKeys = [
  ['textToHtml.vsMarkdownIt', (s) => s.textToHtml.vsMarkdownIt, '≥ 1.5'],
  ['textToHtml.vsUnified', (s) => s.textToHtml.vsUnified, '≥ 10'],
  ['textToHtml.vsFloor', (s) => s.textToHtml.vsFloor, '≥ 0.1'],
  ['pipeline.vsUnified', (s) => s.pipeline.vsUnified, '≥ 10'],
  ['scaling.worst', (s) => s.scaling.worst, '≤ 4.5'],
  ['memory.peakRssMB', (s) => s.memory.peakRssMB, '≤ 256'],
  ['parallel.ratio', (s) => s.parallel.ratio, '≥ 1.6'],
];
lines.push('**The JSON line\'s ratios** (median, and each run\'s value)', '', '| key | median | runs | target |', '| --- | ---: | --- | --- |');
for (const [key, pick, target] of summaryKeys) {
  lines.push(`| \`${key}\` | ${fmt(mid((r) => pick(r.summary)), 2)} | ${runs.map((r) => fmt(pick(r.summary), 2)).join(', ')} | ${target} |`);
}
console.log(lines.join('\n'));
