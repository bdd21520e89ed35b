#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { autoNdjsonJobs } from './auto-jobs.js';
import { startBatchThreads } from './batch-threads.js';
import { NdjsonWorkers } from './ndjson-workers.js';
import type { CliIo } from './cli-io.js';
import { type CliOptions, parseCliArgs } from './options.js';
import { HELP, USAGE_HINT } from './usage.js';
import { UsageError } from './usage-error.js';
import { userCwd } from './user-cwd.js';

/** Run the CLI; resolves to the exit code (0 all ok, 1 some inputs failed, 2 usage error). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
    switch (options.command) {
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case 'version':
        io.stdout.write(`${readVersion()}\n`);
        return 0;
      case 'serve': {
        let url: string;
        try {
          const { servePlayground } = await import('./serve.js');
          ({ url } = await servePlayground(options.port));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          const why = code === 'EADDRINUSE' ? `port ${options.port} is in use; choose another with --port (0 picks a free one)` : error instanceof Error ? error.message : String(error);
          io.stderr.write(`copydesk: cannot serve the playground: ${why}\n`);
          return 1;
        }
        io.stderr.write(`copydesk: the playground is at ${url} (Ctrl-C to stop)\n`);
        io.stdout.write(`${url}\n`);
        // Keep serving until the process is interrupted.
        return await new Promise<number>(() => {});
      }
      case 'demo': {
        const { runDemo } = await import('./demo.js');
        return await runDemo(options, io);
      }
      case 'convert': {
        if (options.ndjsonIn) {
          const jobs = options.autoJobs ? autoNdjsonJobs(options.inputs, options.jobs, io.cwd) : options.jobs;
          // Started before the NDJSON path loads, like a batch's threads; this thread never loads the parser then.
          const workers = jobs > 1 ? new NdjsonWorkers(jobs) : undefined;
          try {
            const { convertNdjson } = await import('./convert-ndjson.js');
            return (await convertNdjson({ ...options, jobs }, io, workers)).exitCode;
          } finally {
            await workers?.close();
          }
        }
        // The worker threads start before this thread loads the parser and renderers, so both load at once.
        const threads = startBatchThreads(options, io.cwd);
        const { convertBatch } = await import('./convert-batch.js');
        return (await convertBatch(options, io, threads)).exitCode;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`copydesk: ${error.message}\n${USAGE_HINT}\n`);
      return 2;
    }
    throw error;
  }
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: userCwd() };
// A closed pipe (`copydesk big/ --to ndjson | head`) is the reader saying "enough", not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
