import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { parseByteSize } from './byte-size.js';
import type { ConvertOptions } from './convert.js';
import { FORMATS, type Format, isFormat } from './formats.js';
import { UsageError } from './usage-error.js';

/** The default `--max-bytes`: far above any real article, low enough to catch a stray video. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export const DEFAULT_PORT = 4173;

export type Command = 'convert' | 'serve' | 'demo' | 'help' | 'version';

export interface CliOptions extends ConvertOptions {
  command: Command;
  inputs: string[];
  formats: Format[];
  /** Resolved `--out`, or undefined for stdout. */
  out?: string;
  /** Threads converting at once, at most: `--jobs N`, or the number of cores. */
  jobs: number;
  /**
   * `--jobs` was not given (or was `auto`): a file batch starts worker threads only when it is
   * large enough for them to pay for their start-up, and `--ndjson-in` converts a small file on
   * this thread (see auto-jobs.ts).
   */
  autoJobs: boolean;
  quiet: boolean;
  failFast: boolean;
  maxBytes: number;
  ndjsonIn: boolean;
  port: number;
}

const optionSpec = {
  to: { type: 'string', short: 't', multiple: true },
  out: { type: 'string', short: 'o' },
  standalone: { type: 'boolean' },
  'front-matter': { type: 'boolean' },
  'keep-boilerplate': { type: 'boolean' },
  from: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  'fail-fast': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  'ndjson-in': { type: 'boolean' },
  port: { type: 'string', short: 'p' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Turn argv into options, or throw a UsageError naming the mistake.
 * `cwd` is where the user ran the command: relative paths are resolved against it by the caller.
 */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof optionSpec; allowPositionals: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's messages are good ("Unknown option '--tox'"); keep them and add the hint in the caller.
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error));
  }
  const { values, positionals } = parsed;
  let command: Command = 'convert';
  let inputs = positionals;
  if (values.help) command = 'help';
  else if (values.version) command = 'version';
  else if (positionals[0] === 'serve' || positionals[0] === 'demo') {
    command = positionals[0];
    inputs = positionals.slice(1);
    if (inputs.length > 0) throw new UsageError(`${command} takes no inputs, got ${inputs.join(' ')}`);
  }

  const ndjsonIn = values['ndjson-in'] ?? false;
  const formats: Format[] = [];
  for (const to of values.to ?? []) {
    for (const name of to.split(',')) {
      const format = name.trim() === 'markdown' ? 'md' : name.trim();
      if (!isFormat(format)) throw new UsageError(`--to: unknown format ${JSON.stringify(name)} (choose from ${FORMATS.join(', ')})`);
      if (!formats.includes(format)) formats.push(format);
    }
  }
  if (formats.length === 0) formats.push(command === 'demo' ? 'html' : ndjsonIn ? 'ndjson' : 'md');
  if (command === 'demo' && (values.to ?? []).length === 0) formats.push('md', 'json');

  const from = values.from ?? 'auto';
  if (from !== 'text' && from !== 'auto') {
    throw new UsageError(`--from: ${JSON.stringify(from)} is not a reader yet (choose text or auto; HTML, Markdown and feeds are planned)`);
  }

  return {
    command,
    inputs,
    formats,
    out: values.out,
    standalone: values.standalone ?? false,
    frontMatter: values['front-matter'] ?? false,
    keepBoilerplate: values['keep-boilerplate'] ?? false,
    from,
    ...parseJobs(values.jobs),
    quiet: values.quiet ?? false,
    failFast: values['fail-fast'] ?? false,
    maxBytes: values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values['max-bytes']),
    ndjsonIn,
    port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
  };
}

function parseJobs(text: string | undefined): Pick<CliOptions, 'jobs' | 'autoJobs'> {
  if (text === undefined || text === 'auto') return { jobs: availableParallelism(), autoJobs: true };
  return { jobs: parsePositiveInteger('--jobs', text), autoJobs: false };
}

function parsePositiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag}: expected a whole number of 1 or more, got ${JSON.stringify(text)}`);
  return value;
}

function parsePort(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new UsageError(`--port: expected 0–65535, got ${JSON.stringify(text)}`);
  return value;
}
