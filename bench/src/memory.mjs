// The memory measure: the CLI streaming an NDJSON corpus (the text corpus repeated to ≥ 1 GB, or
// 32 MB with --quick) and its peak RSS. The NDJSON file is a temporary file, always deleted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli-run.mjs';
import { listArticles, loadArticles } from './corpus.mjs';
import { writeNdjsonCorpus } from './ndjson-corpus.mjs';

const FULL_BYTES = 1024 ** 3;
const QUICK_BYTES = 32 * 1024 ** 2;

/**
 * The CLI arguments for one NDJSON streaming run, as its --help shows it: one `{id, line, article}`
 * line out per record, on stdout (counted by the bench and discarded). Jobs are left at the
 * default (the number of cores), as a user runs it.
 */
export function ndjsonArgs(file) {
  return [file, '--ndjson-in', '--to', 'ndjson', '--quiet'];
}

export async function runMemory({ corpusDir, quick, log }) {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-ndjson-'));
  const file = join(dir, 'corpus.ndjson');
  try {
    const articles = loadArticles(corpusDir, listArticles(corpusDir));
    const target = quick ? QUICK_BYTES : FULL_BYTES;
    log(`  memory: writing ${(target / 1024 ** 2).toFixed(0)} MiB of NDJSON …`);
    const corpus = writeNdjsonCorpus(file, articles, target);
    log(`  memory: copydesk ${ndjsonArgs('<file>').join(' ')} …`);
    const run = await runCli(ndjsonArgs(file));
    const result = {
      ndjsonMB: corpus.bytes / 1e6,
      records: corpus.lines,
      repetitions: corpus.repetitions,
      exitCode: run.code,
      wallMs: run.wallMs,
      mbPerSec: corpus.bytes / 1e6 / (run.wallMs / 1000),
      outputLines: run.outputLines,
      outputMB: run.outputBytes / 1e6,
      peakRssMB: run.peakRssMB,
      rssSource: run.rssSource,
    };
    if (run.code !== 0) result.error = `the CLI exited with ${run.code}: ${run.stderr.trim().split('\n').slice(0, 6).join(' | ')}`;
    else if (run.outputLines !== corpus.lines)
      result.error = `the CLI wrote ${run.outputLines} lines for ${corpus.lines} records`;
    return result;
  } catch (error) {
    return { error: error.message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
