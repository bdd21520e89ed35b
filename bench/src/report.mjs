// Turns one run's results into the printed table and the closing JSON line of ratios.
import { round } from './stats.mjs';
import { judgeTargets, targets } from './targets.mjs';

const byName = (rows, name) => rows.find((row) => row.contender === name && row.error === undefined);

/** Copydesk's throughput divided by a peer's (same articles, so pages/s and time agree); null if either is missing. */
function ratio(rows, copydesk, peer) {
  const ours = byName(rows, copydesk);
  const theirs = byName(rows, peer);
  return ours && theirs ? round(ours.pagesPerSec / theirs.pagesPerSec, 3) : null;
}

/** Like `ratio`, by the median pass's CPU time instead of its wall time. */
function cpuRatio(rows, copydesk, peer) {
  const ours = byName(rows, copydesk);
  const theirs = byName(rows, peer);
  return ours && theirs ? round(theirs.medianCpuMs / ours.medianCpuMs, 3) : null;
}

/** The closing JSON line: the ratios the issue names, the raw figures behind them, and the verdicts. */
export function summarise(results) {
  const { textToHtml, parse, pipeline, textToMarkdown, scaling, memory, parallel } = results.measures;
  const summary = {
    textToHtml: {
      vsMarkdownIt: ratio(textToHtml, 'copydesk-html', 'markdown-it'),
      vsUnified: ratio(textToHtml, 'copydesk-html', 'unified'),
      vsFloor: ratio(textToHtml, 'copydesk-html', 'floor'),
      vsMarked: ratio(textToHtml, 'copydesk-html', 'marked'),
      vsMicromark: ratio(textToHtml, 'copydesk-html', 'micromark'),
    },
    pipeline: { vsUnified: ratio(pipeline, 'copydesk-pipeline', 'unified-pipeline') },
    textToMarkdown: { vsMdastUtil: ratio(textToMarkdown, 'copydesk-markdown', 'mdast-util') },
    scaling: { worst: round(scaling.worst, 2), worstCase: scaling.worstCase },
    memory: { peakRssMB: round(memory.error ? null : memory.peakRssMB, 1) },
    parallel: { ratio: round(parallel.error ? null : parallel.ratio, 3) },
  };
  for (const row of scaling.rows) summary.scaling[row.case] = round(row.ratio, 2);

  const raw = { mbPerSec: {}, pagesPerSec: {}, peakRssMB: {} };
  for (const row of [...textToHtml, ...parse, ...pipeline, ...textToMarkdown]) {
    const key = row.measure === 'textToHtml' ? row.contender : `${row.measure}:${row.contender}`;
    raw.mbPerSec[key] = round(row.mbPerSec, 2);
    raw.pagesPerSec[key] = round(row.pagesPerSec, 0);
    raw.peakRssMB[key] = round(row.peakRssMB, 0);
  }
  raw.memory = memory.error ? { error: memory.error } : {
    ndjsonMB: round(memory.ndjsonMB, 0),
    records: memory.records,
    mbPerSec: round(memory.mbPerSec, 2),
    wallS: round(memory.wallMs / 1000, 1),
  };
  raw.parallel = parallel.error ? { error: parallel.error } : {
    jobs1PagesPerSec: round(parallel.jobs1PagesPerSec, 0),
    jobs2PagesPerSec: round(parallel.jobs2PagesPerSec, 0),
    twoProcessesRatio: round(parallel.twoProcessesRatio, 3),
    cpuCeiling: round(parallel.cpuCeiling, 3),
    jobs1CpuS: round(parallel.jobs1CpuMs === null ? null : parallel.jobs1CpuMs / 1000, 2),
    jobs2CpuS: round(parallel.jobs2CpuMs === null ? null : parallel.jobs2CpuMs / 1000, 2),
    ...(parallel.autoRatio === undefined ? {} : { autoRatio: round(parallel.autoRatio, 3) }),
    ...(parallel.larger ? { largerBatch: { articles: parallel.larger.articles, ratio: round(parallel.larger.ratio, 3), cpuCeiling: round(parallel.larger.cpuCeiling, 3) } } : {}),
  };
  // The same ratios by CPU time: steadier than wall time when other work shares the machine.
  raw.cpuRatios = {
    textToHtml: {
      vsMarkdownIt: cpuRatio(textToHtml, 'copydesk-html', 'markdown-it'),
      vsUnified: cpuRatio(textToHtml, 'copydesk-html', 'unified'),
      vsFloor: cpuRatio(textToHtml, 'copydesk-html', 'floor'),
    },
    pipeline: { vsUnified: cpuRatio(pipeline, 'copydesk-pipeline', 'unified-pipeline') },
  };
  summary.raw = raw;
  summary.targets = judgeTargets(summary);
  summary.errors = collectErrors(results);
  summary.quick = results.quick;
  return summary;
}

/** Every figure that could not be measured, with its reason. */
export function collectErrors(results) {
  const errors = [];
  const { textToHtml, parse, pipeline, textToMarkdown, scaling, memory, parallel } = results.measures;
  for (const row of [...textToHtml, ...parse, ...pipeline, ...textToMarkdown]) if (row.error) errors.push(`${row.measure} ${row.contender}: ${row.error}`);
  for (const row of scaling.rows) if (row.error) errors.push(`scaling ${row.case}: ${row.error}`);
  if (memory.error) errors.push(`memory: ${memory.error}`);
  if (parallel.error) errors.push(`parallel: ${parallel.error}`);
  return errors;
}

const fmt = (value, digits = 1) => (value === null || value === undefined ? '—' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));

/** The throughput table of one measure: a row per contender, with Copydesk's speed as a multiple of each. */
function throughputTable(title, rows, copydesk) {
  const ours = byName(rows, copydesk);
  const first = rows.find((row) => row.articles);
  const lines = [
    `${title}${first ? ` — ${first.articles.toLocaleString('en-US')} articles, ${fmt(first.inputMB, 1)} MB` : ''}`,
    `  ${pad('contender', 62)}${pad('median ms', 11, true)}${pad('cpu ms', 9, true)}${pad('pages/s', 10, true)}${pad('MB/s', 9, true)}${pad('peak RSS', 10, true)}${pad('copydesk ×', 12, true)}`,
  ];
  for (const row of rows) {
    if (row.error) {
      lines.push(`  ${pad(row.label, 62)}  not measured: ${row.error.split('\n')[0]}`);
      continue;
    }
    const times = ours && row !== ours ? fmt(ours.pagesPerSec / row.pagesPerSec, 2) : '';
    lines.push(
      `  ${pad(row.label, 62)}${pad(fmt(row.medianMs, 0), 11, true)}${pad(fmt(row.medianCpuMs, 0), 9, true)}${pad(fmt(row.pagesPerSec, 0), 10, true)}${pad(fmt(row.mbPerSec, 2), 9, true)}${pad(`${fmt(row.peakRssMB, 0)} MB`, 10, true)}${pad(times, 12, true)}`,
    );
  }
  return lines.join('\n');
}

/** The whole printed report: machine, the three throughput tables, scaling, memory, parallel, targets. */
export function formatTable(results, summary) {
  const { machine, measures } = results;
  const out = [];
  out.push(`Copydesk bench${results.quick ? ' (--quick: corpus subset, fewer passes, 32 MiB NDJSON)' : ''}`);
  out.push(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}`);
  out.push(`load average: ${machine.loadAverage} at the start, ${machine.loadAverageAtEnd ?? '—'} at the end; revision ${results.revision ?? 'unknown'}`);
  if (Math.max(machine.loadAverage ?? 0, machine.loadAverageAtEnd ?? 0) > machine.cores) {
    out.push(`warning: other work kept the machine busy (load above ${machine.cores}): every figure is slower than on an idle machine, and parallel and the ratios are noisy`);
  }
  out.push('');
  out.push(throughputTable('textToHtml: article → HTML (Copydesk from the text, peers from the same article as Markdown)', measures.textToHtml, 'copydesk-html'));
  out.push('');
  out.push(throughputTable('parse: parseText alone, for how textToHtml splits between parsing and rendering', measures.parse, 'copydesk-parse'));
  out.push('');
  out.push(throughputTable('pipeline: parse once → HTML + Markdown + JSON', measures.pipeline, 'copydesk-pipeline'));
  out.push('');
  out.push(throughputTable('textToMarkdown: article → Markdown', measures.textToMarkdown, 'copydesk-markdown'));
  out.push('');
  out.push(
    `scaling: time(4n) / time(n), parseText + renderHtml, fastest sample of each size (linear ≈ 4)${results.quick ? '; --quick: each case at a quarter of the sizes shown' : ''}`,
  );
  for (const row of measures.scaling.rows) {
    out.push(
      row.error
        ? `  ${pad(row.describe, 52)}  not measured: ${row.error.split('\n')[0]}`
        : `  ${pad(row.describe, 52)}${pad(`${fmt(row.nMs, 2)} ms`, 12, true)}${pad(`${fmt(row.fourNMs, 2)} ms`, 13, true)}${pad(fmt(row.ratio, 2), 8, true)}`,
    );
  }
  out.push('');
  const { memory, parallel } = measures;
  out.push('memory: copydesk --ndjson-in streaming the corpus repeated');
  out.push(
    memory.error
      ? `  not measured: ${memory.error}`
      : `  ${fmt(memory.ndjsonMB, 0)} MB, ${memory.records.toLocaleString('en-US')} records in ${fmt(memory.wallMs / 1000, 1)} s (${fmt(memory.mbPerSec, 1)} MB/s): peak RSS ${fmt(memory.peakRssMB, 0)} MB (${memory.rssSource})`,
  );
  out.push('');
  out.push('parallel: copydesk <corpus articles> --from text --to html --to md --to json --out <tmp>');
  out.push(
    parallel.error
      ? `  not measured: ${parallel.error}`
      : `  --jobs 1: ${fmt(parallel.jobs1Ms / 1000, 2)} s (${fmt(parallel.jobs1PagesPerSec, 0)} pages/s)   --jobs 2: ${fmt(parallel.jobs2Ms / 1000, 2)} s (${fmt(parallel.jobs2PagesPerSec, 0)} pages/s)   ratio ${fmt(parallel.ratio, 2)}`,
  );
  if (!parallel.error) {
    out.push(
      `  ceiling: two --jobs 1 processes on half the articles each, side by side: ${fmt(parallel.twoProcessesMs / 1000, 2)} s, ratio ${fmt(parallel.twoProcessesRatio, 2)} to one process on all`,
    );
    if (parallel.cpuCeiling !== null) {
      out.push(
        `  CPU time: --jobs 1 ${fmt(parallel.jobs1CpuMs / 1000, 2)} s (${fmt(parallel.jobs1CpuMs / parallel.jobs1Ms, 2)} cores busy: V8's compiler and GC threads), --jobs 2 ${fmt(parallel.jobs2CpuMs / 1000, 2)} s; on ${parallel.cores} cores the ratio is at most ${fmt(parallel.cpuCeiling, 2)}`,
      );
    }
    if (parallel.autoMs !== undefined) {
      out.push(`  default (--jobs auto, one thread for a batch this size): ${fmt(parallel.autoMs / 1000, 2)} s, ratio ${fmt(parallel.autoRatio, 2)} to --jobs 1`);
    }
    if (parallel.larger) {
      const { larger } = parallel;
      out.push(
        `  the corpus ×${larger.copies} (${larger.articles.toLocaleString('en-US')} articles): --jobs 1 ${fmt(larger.jobs1Ms / 1000, 2)} s, --jobs 2 ${fmt(larger.jobs2Ms / 1000, 2)} s, ratio ${fmt(larger.ratio, 2)}${larger.cpuCeiling === null ? '' : `; CPU ${fmt(larger.jobs1CpuMs / 1000, 2)} s and ${fmt(larger.jobs2CpuMs / 1000, 2)} s, ceiling ${fmt(larger.cpuCeiling, 2)}`}`,
      );
    }
  }
  out.push('');
  out.push('targets');
  for (const target of targets) {
    const value = target.at(summary);
    const state = value === null || value === undefined ? 'not measured' : (target.test === '≥' ? value >= target.bound : value <= target.bound) ? 'met' : 'MISSED';
    out.push(`  ${pad(target.key, 26)}${pad(value ?? '—', 9, true)}  ${target.test} ${pad(target.bound, 5)} ${state}`);
  }
  return out.join('\n');
}
