// The parallel measure: CLI batch throughput over the text corpus with --jobs 2 against --jobs 1,
// all three output formats into a temporary directory that is emptied between runs. The articles
// are copied into a directory of their own first, so the folders' SOURCE.md notes (not articles)
// are not converted, and --from text says what the files are.
//
// Beside the ratio it measures what the machine allows: two separate `--jobs 1` processes, each
// on half of the articles, at the same time, against one process on all of them. No thread of
// the CLI shares anything there, so that ratio is the ceiling for --jobs 2 on this machine, this
// corpus and this file system (per-process start-up, JIT warm-up, the kernel's file creation).
//
// It also records each run's CPU time (user + system, every thread). One thread of JavaScript
// keeps more than one core busy: V8 compiles optimised code and collects garbage on threads of
// its own. `--jobs 2` does the same work plus a second isolate's start-up and warm-up, so it
// cannot use less CPU time than `--jobs 1`, and on `cores` cores its wall time is at least its
// CPU time ÷ cores. Hence the CPU ceiling: ratio ≤ cores × wall(--jobs 1) ÷ CPU(--jobs 1).
//
// Every run writes into a new output directory, and all of them are removed at the end. Emptying
// one directory between runs would measure the file system instead: ext4 without a journal (as on
// this machine) skips recently deleted inodes when it allocates new ones, one buffer-cache lookup
// each, so the run after a deletion of 6,144 files spends seconds in the kernel (`recently_deleted`
// in a kernel profile), more with two threads creating files than with one.
//
// A full run also times a larger batch, the articles copied eight times over (16,384 files), and
// the CLI's default `--jobs auto` on the corpus: the ratio on the corpus alone says little about
// where a second thread starts to pay, which is what `--jobs auto` decides from a batch's size.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { runCli } from './cli-run.mjs';
import { listArticles } from './corpus.mjs';
import { median } from './stats.mjs';

/** Counts the files under `dir`, to check that every input produced its outputs. */
function countFiles(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) count++;
  return count;
}

export async function runParallel({ corpusDir, quick, log }) {
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-bench-jobs-'));
  try {
    const inputDir = join(scratch, 'in');
    const files = listArticles(corpusDir, { quick });
    for (const file of files) {
      const target = join(inputDir, relative(corpusDir, file));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    }
    // The same articles split in two, alternately, for the two-process ceiling.
    const halves = [join(scratch, 'half-a'), join(scratch, 'half-b')];
    files.forEach((file, i) => {
      const target = join(halves[i % 2], relative(corpusDir, file));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(file, target);
    });
    let runs = 0;
    const freshOutDir = () => join(scratch, `out-${++runs}`);
    const once = async (jobs, input = inputDir, inputs = files.length) => {
      const outDir = freshOutDir();
      const run = await runCli(convertArgs(input, outDir, jobs));
      if (run.code !== 0) {
        throw new Error(`copydesk --jobs ${jobs} exited with ${run.code}: ${run.stderr.trim().split('\n').slice(0, 6).join(' | ')}`);
      }
      const outputs = countFiles(outDir);
      if (outputs < inputs * 3) throw new Error(`copydesk --jobs ${jobs} wrote ${outputs} files for ${inputs} inputs × 3 formats`);
      return run;
    };
    const convertArgs = (input, out, jobs) => [input, '--from', 'text', '--to', 'html', '--to', 'md', '--to', 'json', '--out', out, '--jobs', String(jobs), '--quiet'];
    const twoProcesses = async () => {
      const outs = halves.map(() => freshOutDir());
      const start = performance.now();
      const runs = await Promise.all(halves.map((half, i) => runCli(convertArgs(half, outs[i], 1))));
      const wallMs = performance.now() - start;
      const failed = runs.find((run) => run.code !== 0);
      if (failed) throw new Error(`copydesk on half the corpus exited with ${failed.code}: ${failed.stderr.trim().split('\n')[0]}`);
      return wallMs;
    };
    log('  parallel: warm-up run …');
    await once(2);
    const reps = quick ? 1 : 3;
    const jobs1 = [];
    const jobs2 = [];
    const split = [];
    const auto = [];
    for (let i = 0; i < reps; i++) {
      log(`  parallel: --jobs 1, --jobs 2, two processes on halves${quick ? '' : ' and --jobs auto'}, round ${i + 1}/${reps} …`);
      jobs1.push(await once(1));
      jobs2.push(await once(2));
      split.push(await twoProcesses());
      if (!quick) auto.push((await once('auto')).wallMs);
    }
    const jobs1Ms = median(jobs1.map((r) => r.wallMs));
    const jobs2Ms = median(jobs2.map((r) => r.wallMs));
    const jobs1CpuMs = medianCpu(jobs1);
    const jobs2CpuMs = medianCpu(jobs2);
    const cores = availableParallelism();
    const autoMs = quick ? undefined : median(auto);
    // Last: its gigabyte of output is still being written back to disk for a while after.
    const larger = quick ? undefined : await largerBatch(once, inputDir, scratch, files.length, log);
    return {
      articles: files.length,
      jobs1Ms,
      jobs2Ms,
      jobs1PagesPerSec: files.length / (jobs1Ms / 1000),
      jobs2PagesPerSec: files.length / (jobs2Ms / 1000),
      ratio: jobs1Ms / jobs2Ms,
      twoProcessesMs: median(split),
      twoProcessesRatio: jobs1Ms / median(split),
      jobs1CpuMs,
      jobs2CpuMs,
      cores,
      cpuCeiling: jobs1CpuMs === null ? null : (cores * jobs1Ms) / jobs1CpuMs,
      jobs1PeakRssMB: Math.max(...jobs1.map((r) => r.peakRssMB ?? 0)),
      jobs2PeakRssMB: Math.max(...jobs2.map((r) => r.peakRssMB ?? 0)),
      autoMs,
      autoRatio: autoMs === undefined ? undefined : jobs1Ms / autoMs,
      larger,
    };
  } catch (error) {
    return { error: error.message };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The median CPU time of some CLI runs, or null when it could not be read. */
function medianCpu(runs) {
  return runs.every((r) => r.cpuMs !== null) ? median(runs.map((r) => r.cpuMs)) : null;
}

/** Copies of the corpus in the larger batch. */
const LARGER_COPIES = 8;

/** `--jobs 1` against `--jobs 2` on the articles copied {@link LARGER_COPIES} times over, medians of 3. */
async function largerBatch(once, inputDir, scratch, articles, log) {
  const largerDir = join(scratch, 'larger');
  for (let copy = 1; copy <= LARGER_COPIES; copy++) cpSync(inputDir, join(largerDir, `copy-${copy}`), { recursive: true });
  const inputs = articles * LARGER_COPIES;
  const jobs1 = [];
  const jobs2 = [];
  for (let i = 0; i < 3; i++) {
    log(`  parallel: ${inputs.toLocaleString('en-US')} articles (the corpus ×${LARGER_COPIES}), --jobs 1 and --jobs 2, round ${i + 1}/3 …`);
    jobs1.push(await once(1, largerDir, inputs));
    jobs2.push(await once(2, largerDir, inputs));
  }
  const jobs1Ms = median(jobs1.map((r) => r.wallMs));
  const jobs2Ms = median(jobs2.map((r) => r.wallMs));
  const jobs1CpuMs = medianCpu(jobs1);
  return {
    copies: LARGER_COPIES,
    articles: inputs,
    jobs1Ms,
    jobs2Ms,
    ratio: jobs1Ms / jobs2Ms,
    jobs1CpuMs,
    jobs2CpuMs: medianCpu(jobs2),
    cpuCeiling: jobs1CpuMs === null ? null : (availableParallelism() * jobs1Ms) / jobs1CpuMs,
  };
}
