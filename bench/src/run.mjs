// `npx --yes pnpm@10 bench` (and `… bench -- --quick`): Copydesk against the libraries users would
// pick instead, each contender in its own process. Prints the tables, writes bench/results.json
// and ends with one JSON line of ratios (the only line CI reads).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine } from './machine.mjs';
import { runMemory } from './memory.mjs';
import { runParallel } from './parallel.mjs';
import { benchDir, cliPath, repoRoot, resultsPath, sharedDir } from './paths.mjs';
import { topSelfTime } from './profile-summary.mjs';
import { formatTable, summarise } from './report.mjs';
import { runScaling } from './scaling.mjs';
import { runChild } from './spawn-child.mjs';
import { contendersOf, runThroughput } from './throughput.mjs';

const MEASURES = ['textToHtml', 'parse', 'pipeline', 'textToMarkdown', 'scaling', 'memory', 'parallel'];

const USAGE = `usage: node src/run.mjs [--quick] [--only measure,…] [--no-build] [--profile [contender]]

  --quick      a reduced run for CI smoke tests (a tenth of the corpus, fewer passes, 32 MiB NDJSON)
  --only       run some measures only: ${MEASURES.join(', ')}
  --no-build   do not build the copydesk CLI before the memory and parallel measures
  --profile    instead of the bench, run one contender (default copydesk-html) under node --cpu-prof
               and list the functions with the most self time

From the repository root: npx --yes pnpm@10 bench   or   npx --yes pnpm@10 bench -- --quick`;

const log = (message) => process.stderr.write(`${message}\n`);

function parseCommandLine() {
  try {
    // pnpm may pass a literal `--` through; it carries no meaning here.
    const args = process.argv.slice(2).filter((arg) => arg !== '--');
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        quick: { type: 'boolean', default: false },
        only: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const only = values.only ? values.only.split(',').map((m) => m.trim()) : MEASURES;
    for (const measure of only) if (!MEASURES.includes(measure)) throw new Error(`unknown measure ${measure}`);
    if (positionals.length > (values.profile ? 1 : 0)) throw new Error(`unexpected argument ${positionals.at(-1)}`);
    return { ...values, only, profileTarget: positionals[0] ?? 'copydesk-html' };
  } catch (error) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

/** The CLI lives in apps/demo, which the root script's package build does not cover: build it (a turbo cache hit when current). */
function buildCli() {
  log('building the copydesk CLI (turbo, cached when unchanged) …');
  const turbo = join(repoRoot, 'node_modules/.bin/turbo');
  const result = spawnSync(turbo, ['run', 'build', '--filter=copydesk', '--output-logs=errors-only'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
  });
  if (result.status !== 0) log(`warning: building the CLI failed (exit ${result.status}); using ${cliPath} as it is`);
}

/** The commit measured, marked `+changes` when the working tree differs from it (the dist builds come from the tree). */
function revision() {
  const git = (args) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) return 'unknown';
  const dirty = git(['status', '--porcelain', '--untracked-files=no']).stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '+changes' : ''}`;
}

async function profile(target, corpusDir, quick) {
  const dir = join(benchDir, 'profiles');
  mkdirSync(dir, { recursive: true });
  const before = new Set(readdirSync(dir));
  log(`profiling ${target} with node --cpu-prof …`);
  const result = await runChild(
    'child-throughput.mjs',
    { contender: target, corpusDir, quick, plan: { warmupPasses: 1, warmupMs: 0, passes: quick ? 2 : 5, minTimedMs: 0, maxPasses: 5 } },
    { execArgv: ['--cpu-prof', '--cpu-prof-dir', dir] },
  );
  const file = readdirSync(dir).find((name) => !before.has(name) && name.endsWith('.cpuprofile'));
  console.log(`${result.label}: ${result.mbPerSec.toFixed(2)} MB/s, ${result.pagesPerSec.toFixed(0)} pages/s`);
  console.log(`profile: ${join(dir, file)} (open in Chrome DevTools → Performance)`);
  console.log('self time, top functions:');
  for (const { fn, selfPercent } of topSelfTime(join(dir, file))) console.log(`  ${selfPercent.toFixed(1).padStart(5)}%  ${fn}`);
}

async function main() {
  const options = parseCommandLine();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const shared = sharedDir();
  if (!shared) {
    console.error('the bench needs ../shared/corpora/text beside the repository (or $COPYDESK_SHARED): it is missing');
    process.exit(1);
  }
  const corpusDir = join(shared, 'corpora/text');
  if (!existsSync(corpusDir)) {
    console.error(`the bench needs ${corpusDir}: it is missing`);
    process.exit(1);
  }
  const { quick } = options;
  if (options.profile) {
    if (!['textToHtml', 'parse', 'pipeline', 'textToMarkdown'].some((m) => contendersOf(m).includes(options.profileTarget))) {
      console.error(`unknown contender ${options.profileTarget}`);
      process.exit(2);
    }
    await profile(options.profileTarget, corpusDir, quick);
    return;
  }

  const wanted = new Set(options.only);
  if (!options['no-build'] && (wanted.has('memory') || wanted.has('parallel'))) buildCli();

  const started = Date.now();
  const results = { date: new Date().toISOString(), quick, machine: describeMachine(), corpusDir, measures: {} };
  const context = { corpusDir, quick, log };
  const skipped = (what) => ({ error: `skipped (--only ${options.only.join(',')})`, ...what });
  log(`Copydesk bench${quick ? ' --quick' : ''}: ${corpusDir}`);
  for (const measure of ['textToHtml', 'parse', 'pipeline', 'textToMarkdown']) {
    results.measures[measure] = wanted.has(measure) ? await runThroughput(measure, context) : [];
  }
  results.measures.scaling = wanted.has('scaling') ? await runScaling(context) : { rows: [], worst: null, worstCase: null };
  results.measures.memory = wanted.has('memory') ? await runMemory(context) : skipped({});
  results.measures.parallel = wanted.has('parallel') ? await runParallel(context) : skipped({});
  results.durationS = Math.round((Date.now() - started) / 1000);
  results.machine.loadAverageAtEnd = describeMachine().loadAverage;
  results.revision = revision();

  const summary = summarise(results);
  results.summary = summary;
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatTable(results, summary));
  console.log(`\n${results.durationS} s; full results in bench/results.json`);
  const failures = summary.errors.filter((e) => !e.includes('skipped (--only'));
  if (failures.length > 0) {
    console.log(`not measured (${failures.length}):`);
    for (const failure of failures) console.log(`  - ${failure.split('\n')[0]}`);
  }
  console.log(JSON.stringify(summary));
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
