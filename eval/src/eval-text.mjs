#!/usr/bin/env node
// `pnpm eval:text -- [--labels FILE] [--root DIR] [--json-only] [--show-failures [FIELD]]`
// Parses every labelled file with @copydesk/parser's parseText, scores it against the labels as
// ../shared/eval/README.md defines, prints per-dataset and overall tables, and ends with the
// overall result as one JSON line.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateArticle } from '@copydesk/model';
import { articleFields } from './article-fields.mjs';
import { parseLabels } from './labels.mjs';
import { FAILURE_FIELDS, formatFailures, formatTables, resultJson } from './report-text.mjs';
import { scoreArticle, summariseByDataset } from './score-text.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const USAGE = `usage: pnpm eval:text -- [--labels FILE] [--root DIR] [--json-only] [--show-failures [FIELD]]
  --labels FILE           gold labels, one JSON object a line (default ../shared/eval/text-dev.jsonl)
  --root DIR              corpus root the labels' "file" paths are relative to (default ../shared/corpora/text)
  --json-only             print only the closing JSON line
  --show-failures [FIELD] print expected and got for each wrong field (FIELD: ${FAILURE_FIELDS.join(', ')})`;

/**
 * @typedef {{ labels: string, root: string, jsonOnly: boolean, showFailures: boolean, failureField?: (typeof FAILURE_FIELDS)[number] }} EvalOptions
 */

/**
 * Read the command line. Relative paths are taken from the directory the command was started
 * in (pnpm's INIT_CWD), not from eval/, where pnpm runs the script.
 * @param {readonly string[]} argv
 * @param {string} cwd
 * @returns {EvalOptions}
 */
export function parseArgs(argv, cwd) {
  /** @type {EvalOptions} */
  const options = {
    labels: resolve(repoRoot, '../shared/eval/text-dev.jsonl'),
    root: resolve(repoRoot, '../shared/corpora/text'),
    jsonOnly: false,
    showFailures: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const path = () => {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a path`);
      i += 1;
      return isAbsolute(value) ? value : resolve(cwd, value);
    };
    if (arg === '--') continue; // pnpm may pass the separator through
    else if (arg === '--labels') options.labels = path();
    else if (arg === '--root') options.root = path();
    else if (arg === '--json-only') options.jsonOnly = true;
    else if (arg === '--show-failures') {
      options.showFailures = true;
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        if (!FAILURE_FIELDS.includes(/** @type {(typeof FAILURE_FIELDS)[number]} */ (next))) {
          throw new UsageError(`--show-failures: unknown field "${next}"`);
        }
        options.failureField = /** @type {(typeof FAILURE_FIELDS)[number]} */ (next);
        i += 1;
      }
    } else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else throw new UsageError(`unknown option ${arg}`);
  }
  return options;
}

export class UsageError extends Error {}

/**
 * @typedef {(input: Uint8Array) => import('@copydesk/model').Article} ParseText
 */

/**
 * Load `parseText` from @copydesk/parser. Until the parser is built (or when it does not export
 * `parseText`), every file is scored as a failure with this reason rather than stopping the run.
 * @returns {Promise<ParseText | string>}
 */
async function loadParser() {
  try {
    const parser = await import('@copydesk/parser');
    const parseText = /** @type {{ parseText?: unknown }} */ (parser).parseText;
    if (typeof parseText !== 'function') return '@copydesk/parser does not export parseText (is it built?)';
    return /** @type {ParseText} */ (parseText);
  } catch (error) {
    return `@copydesk/parser could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Parse and score every labelled file. A file that cannot be read or parsed counts as wrong on
 * every field and is reported; an output that fails `validateArticle` is scored and reported.
 * @param {EvalOptions} options
 * @param {ParseText | string} parse the parser, or why there is none
 */
export function runEval(options, parse) {
  const labels = parseLabels(readFileSync(options.labels, 'utf8'), options.labels);
  /** @type {string[]} */
  const problems = [];
  const started = performance.now();
  const scores = labels.map((label) => {
    if (typeof parse === 'string') return scoreArticle(label, null, parse);
    let bytes;
    try {
      bytes = new Uint8Array(readFileSync(resolve(options.root, label.file)));
    } catch (error) {
      return scoreArticle(label, null, `cannot read: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      const article = parse(bytes);
      const valid = validateArticle(article);
      if (!valid.ok) {
        problems.push(`${label.file}: output is not a valid article: ${valid.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
      }
      return scoreArticle(label, articleFields(article));
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return scoreArticle(label, null, `parseText threw ${message}`);
    }
  });
  const elapsed = performance.now() - started;
  for (const score of scores) if (score.error !== null) problems.push(`${score.file}: ${score.error}`);
  return { scores, problems, elapsed, ...summariseByDataset(scores) };
}

/**
 * @param {readonly string[]} argv
 * @param {{ cwd?: string, out?: (line: string) => void, err?: (line: string) => void, parse?: ParseText | string }} [io]
 * @returns {Promise<number>} the exit code
 */
export async function main(argv, io = {}) {
  const out = io.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line) => process.stderr.write(`${line}\n`));
  let options;
  try {
    options = parseArgs(argv, io.cwd ?? process.env.INIT_CWD ?? process.cwd());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) err(error.message);
    err(USAGE);
    return error.message ? 2 : 0;
  }
  let run;
  try {
    run = runEval(options, io.parse ?? (await loadParser()));
  } catch (error) {
    err(`eval:text: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (!options.jsonOnly) {
    if (options.showFailures) {
      const failures = formatFailures(run.scores, options.failureField);
      if (failures) out(`${failures}\n`);
    }
    if (run.problems.length > 0) {
      out(`Problems (${run.problems.length}):`);
      // One reason for every file (no parser) is said once, not per file.
      const distinct = new Set(run.scores.map((s) => s.error));
      if (run.scores.every((s) => s.error !== null) && distinct.size === 1) out(`  all ${run.scores.length} files: ${[...distinct][0]}`);
      else for (const problem of run.problems) out(`  ${problem}`);
      out('');
    }
    out(`Labels: ${options.labels}\nCorpus: ${options.root}\nParsed ${run.scores.length} articles in ${Math.round(run.elapsed)} ms\n`);
    out(formatTables(run));
    out('');
  } else if (run.problems.length > 0) {
    err(`${run.problems.length} problem(s); run without --json-only to see them`);
  }
  out(JSON.stringify(resultJson(run.overall)));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
