import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConvertOptions, ConvertResult } from './convert.js';
import { runBatch } from './run-batch.js';
import type { Task } from './task.js';

const options: ConvertOptions = { standalone: false, frontMatter: false, keepBoilerplate: false, from: 'text' };

describe('runBatch without worker threads', () => {
  it('converts every task here and handles results in input order, producing the inputs without a task', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'copydesk-run-batch-'));
    try {
      const tasks: Array<Task | null> = [];
      for (let i = 0; i < 5; i++) {
        const path = join(dir, `a${i}.txt`);
        await writeFile(path, `Headline ${i}\n\nA first paragraph of article ${i}, long enough to be a paragraph.\n`);
        tasks.push({ source: { path, maxBytes: 1_000_000 }, formats: ['html'], options, targets: { html: join(dir, 'out', `a${i}.html`) } });
      }
      tasks.splice(2, 0, null);
      const handled: Array<[number, boolean | undefined]> = [];
      let converted = 0;
      const outcome = await runBatch({
        tasks,
        window: 4,
        converted: () => converted++,
        produce: async () => ({ ok: false, code: 'input/unreadable', message: 'made here' }),
        handle: async (index, result: ConvertResult | undefined) => {
          handled.push([index, result?.ok]);
          return true;
        },
      });
      expect(outcome).toEqual({ handled: 6, stopped: false });
      expect(handled).toEqual([
        [0, true],
        [1, true],
        [2, false],
        [3, true],
        [4, true],
        [5, true],
      ]);
      expect(converted).toBe(5);
      expect(await readFile(join(dir, 'out', 'a4.html'), 'utf8')).toContain('article 4');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stops when a handler says so and converts nothing after it', async () => {
    const tasks: Task[] = Array.from({ length: 4 }, (_, i) => ({ source: { text: `Title ${i}\n\nBody ${i}.\n` }, formats: ['md'], options }));
    const handled: number[] = [];
    const outcome = await runBatch({
      tasks,
      window: 1,
      produce: async () => undefined,
      handle: async (index) => {
        handled.push(index);
        return index < 1;
      },
    });
    expect(outcome).toEqual({ handled: 2, stopped: true });
    expect(handled).toEqual([0, 1]);
  });
});
