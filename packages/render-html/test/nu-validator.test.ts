import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/index.js';
import { documentSet } from './document-set.js';

/** The Nu Html Checker's jar, from the `vnu-jar` package (its export is the jar's path). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'The Nu Html Checker needs a Java runtime (11 or later) and `java` was not found on PATH. ' +
        'Install one, e.g. `apt-get install -y default-jre-headless` on Debian/Ubuntu, then run the tests again.',
    );
  }
}

describe('Nu Html Checker', () => {
  it('finds no errors in any rendered full document', { timeout: 600_000 }, () => {
    requireJava();
    const documents = documentSet();
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-vnu-'));
    try {
      const files = documents.map(({ name, article, options }) => {
        const file = join(dir, `${name}.html`);
        writeFileSync(file, renderHtml(article, { ...options, standalone: true }));
        return file;
      });
      // One JVM for the whole batch: starting Java is most of the cost.
      const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      if (run.error) throw run.error;
      // vnu writes its JSON report to stderr.
      const output = run.stderr.trim() || run.stdout.trim();
      let report: { messages: NuMessage[] };
      try {
        report = JSON.parse(output) as { messages: NuMessage[] };
      } catch {
        throw new Error(`vnu.jar exited with status ${run.status} without a JSON report:\n${output.slice(0, 2000)}`);
      }
      const errors = report.messages.filter((message) => message.type !== 'info');
      const readable = errors.map((e) => `${(e.url ?? '').replace(/^.*\//, '')}:${e.lastLine ?? '?'}: ${e.message}\n    ${e.extract ?? ''}`);
      expect(readable, `${errors.length} errors in ${documents.length} documents`).toEqual([]);
      expect(documents.length).toBeGreaterThan(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
