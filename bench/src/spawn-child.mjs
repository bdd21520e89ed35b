// Runs one measurement in a fresh Node process and returns what it reports over IPC.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { benchDir } from './paths.mjs';

/**
 * Forks `src/<script>` with `payload` as its JSON argument. Resolves with the child's result, or
 * rejects with its stderr when it fails, so one broken contender is reported, not hidden.
 */
export function runChild(script, payload, { execArgv = [] } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = fork(join(benchDir, 'src', script), [JSON.stringify(payload)], {
      cwd: benchDir,
      execArgv,
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let stderr = '';
    let result;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('message', (message) => {
      result = message;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result?.ok) resolvePromise(result.result);
      else if (result && !result.ok) reject(new Error(result.error));
      else {
        const why = signal ? `killed by ${signal}` : `exit code ${code}`;
        const firstLines = stderr.trim().split('\n').slice(0, 12).join('\n');
        reject(new Error(`${script} ${payload.contender ?? ''} failed (${why})${firstLines ? `:\n${firstLines}` : ''}`));
      }
    });
  });
}
