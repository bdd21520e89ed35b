// The parallel measure: CLI batch throughput over the text corpus with --jobs 2 against --jobs 1,
// all three output formats into a temporary directory that is emptied between runs. The articles
// are copied into a directory of their own first, so the folders' SOURCE.md notes (not articles)
// are not converted, and --from text says what the files are.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    const outDir = join(scratch, 'out');
    const once = async (jobs) => {
      rmSync(outDir, { recursive: true, force: true });
      const args = [inputDir, '--from', 'text', '--to', 'html', '--to', 'md', '--to', 'json', '--out', outDir, '--jobs', String(jobs), '--quiet'];
      const run = await runCli(args);
      if (run.code !== 0) {
        throw new Error(`copydesk --jobs ${jobs} exited with ${run.code}: ${run.stderr.trim().split('\n').slice(0, 6).join(' | ')}`);
      }
      const outputs = countFiles(outDir);
      if (outputs < files.length * 3) throw new Error(`copydesk --jobs ${jobs} wrote ${outputs} files for ${files.length} inputs × 3 formats`);
      return run;
    };
    log('  parallel: warm-up run …');
    await once(2);
    const reps = quick ? 1 : 3;
    const jobs1 = [];
    const jobs2 = [];
    for (let i = 0; i < reps; i++) {
      log(`  parallel: --jobs 1 and --jobs 2, round ${i + 1}/${reps} …`);
      jobs1.push(await once(1));
      jobs2.push(await once(2));
    }
    const jobs1Ms = median(jobs1.map((r) => r.wallMs));
    const jobs2Ms = median(jobs2.map((r) => r.wallMs));
    return {
      articles: files.length,
      jobs1Ms,
      jobs2Ms,
      jobs1PagesPerSec: files.length / (jobs1Ms / 1000),
      jobs2PagesPerSec: files.length / (jobs2Ms / 1000),
      ratio: jobs1Ms / jobs2Ms,
      jobs1PeakRssMB: Math.max(...jobs1.map((r) => r.peakRssMB ?? 0)),
      jobs2PeakRssMB: Math.max(...jobs2.map((r) => r.peakRssMB ?? 0)),
    };
  } catch (error) {
    return { error: error.message };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
