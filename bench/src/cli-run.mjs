// Runs the built `copydesk` CLI as a user would, timing it from spawn to exit and measuring its
// peak RSS and CPU time with GNU time (or a preloaded reporter when GNU time is absent).
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDir, cliPath } from './paths.mjs';

const GNU_TIME = '/usr/bin/time';

/** Fails with the command to run when the CLI has not been built. */
export function assertCliBuilt() {
  if (!existsSync(cliPath)) {
    throw new Error(`the copydesk CLI is not built (${cliPath} missing): run npx --yes pnpm@10 --filter copydesk build`);
  }
}

/**
 * Runs `node cli.js ...args`, with `stdinFile` piped to its stdin when given. Stdout is streamed back and only counted (lines and bytes), so a
 * gigabyte of output costs no disk and no memory here. Resolves with wall time, exit code,
 * stderr (its head), output counts, the CLI's peak RSS in MB and its CPU time (user + system,
 * all threads) in ms.
 */
export function runCli(args, { stdinFile } = {}) {
  assertCliBuilt();
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-bench-rss-'));
  const rssFile = join(scratch, 'rss');
  const useGnuTime = existsSync(GNU_TIME);
  const command = useGnuTime ? GNU_TIME : process.execPath;
  const argv = useGnuTime
    ? ['-v', '-o', rssFile, process.execPath, cliPath, ...args]
    : ['--import', join(benchDir, 'src/rss-reporter.mjs'), cliPath, ...args];

  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, argv, {
      cwd: benchDir,
      env: { ...process.env, COPYDESK_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: [stdinFile ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    if (stdinFile) {
      // The CLI may stop reading early (a usage error); that is reported by its exit code, not as EPIPE here.
      child.stdin.on('error', () => {});
      createReadStream(stdinFile).pipe(child.stdin);
    }
    let outputBytes = 0;
    let outputLines = 0;
    child.stdout.on('data', (chunk) => {
      outputBytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) outputLines++;
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 20_000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      let peakRssKB = null;
      let cpuMs = null;
      if (existsSync(rssFile)) {
        const text = readFileSync(rssFile, 'utf8');
        if (useGnuTime) {
          const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
          const user = /User time \(seconds\): ([\d.]+)/.exec(text);
          const system = /System time \(seconds\): ([\d.]+)/.exec(text);
          if (rss) peakRssKB = Number(rss[1]);
          if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
        } else {
          const match = /^(\d+) (\d+)/.exec(text);
          if (match) {
            peakRssKB = Number(match[1]);
            cpuMs = Number(match[2]) / 1000;
          }
        }
      }
      rmSync(scratch, { recursive: true, force: true });
      resolvePromise({
        code,
        wallMs,
        stderr,
        outputBytes,
        outputLines,
        peakRssMB: peakRssKB === null ? null : peakRssKB / 1024,
        cpuMs,
        rssSource: useGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS',
      });
    });
  });
}
