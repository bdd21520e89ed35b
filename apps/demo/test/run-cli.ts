import { spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const packageDir = resolve(here, '..');
export const cliPath = join(packageDir, 'dist/cli.js');
export const fixturesDir = join(here, 'fixtures');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
}

/** Run the built CLI as a user would: a separate process, real stdin, stdout and stderr pipes. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, npm_lifecycle_event: undefined, INIT_CWD: undefined, NO_COLOR: '1', ...options.env };
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd ?? packageDir, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    child.stdin.on('error', () => {});
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** A fresh scratch directory holding a copy of the named fixtures. */
export async function scratch(...fixtures: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-cli-'));
  for (const name of fixtures) await cp(join(fixturesDir, name), join(dir, name), { recursive: true });
  return dir;
}
