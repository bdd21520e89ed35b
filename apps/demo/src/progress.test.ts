import { describe, expect, it } from 'vitest';
import { ProgressBar, formatDuration } from './progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 80, write: (text: string) => writes.push(text) } };
}

describe('ProgressBar', () => {
  it('draws count, rate and ETA on a terminal, and clears itself before a message', () => {
    const { writes, stream } = fakeStream(true);
    const bar = new ProgressBar(stream, 2);
    bar.tick();
    expect(writes.at(-1)).toMatch(/^\r\x1b\[2K\[#+-+\] 1\/2 {2}[\d.]+\/s {2}ETA [\d.]+ s$/);
    bar.log('a.txt: something');
    expect(writes.slice(-2)).toEqual(['\r\x1b[2K', 'a.txt: something\n']);
    bar.tick();
    expect(writes.at(-1)).toContain('2/2');
    bar.done();
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('stays silent when stderr is not a terminal, or for a single input', () => {
    for (const [tty, total] of [[false, 10], [true, 1]] as const) {
      const { writes, stream } = fakeStream(tty);
      const bar = new ProgressBar(stream, total);
      bar.tick();
      bar.log('line');
      bar.done();
      expect(writes).toEqual(['line\n']);
    }
  });

  it('is off when disabled (--quiet)', () => {
    const { writes, stream } = fakeStream(true);
    new ProgressBar(stream, 10, false).tick();
    expect(writes).toEqual([]);
  });
});

describe('formatDuration', () => {
  it.each([
    [0.42, '0.4 s'],
    [12.4, '12 s'],
    [185, '3 min 05 s'],
  ])('%d s reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
