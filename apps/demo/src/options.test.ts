import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, parseCliArgs } from './options.js';
import { UsageError } from './usage-error.js';

describe('parseCliArgs', () => {
  it('has defaults that suit one file on a terminal', () => {
    expect(parseCliArgs(['a.txt'])).toMatchObject({
      command: 'convert',
      inputs: ['a.txt'],
      formats: ['md'],
      from: 'auto',
      jobs: availableParallelism(),
      autoJobs: true,
      maxBytes: DEFAULT_MAX_BYTES,
      standalone: false,
      frontMatter: false,
      keepBoilerplate: false,
    });
  });

  it('takes --jobs as a number of threads, or auto (the default) to let the batch size decide', () => {
    expect(parseCliArgs(['a/', '--jobs', '3'])).toMatchObject({ jobs: 3, autoJobs: false });
    expect(parseCliArgs(['a/', '-j', '1'])).toMatchObject({ jobs: 1, autoJobs: false });
    expect(parseCliArgs(['a/', '--jobs', 'auto'])).toMatchObject({ jobs: availableParallelism(), autoJobs: true });
  });

  it('collects repeated and comma-separated --to, without duplicates', () => {
    expect(parseCliArgs(['--to', 'html', '--to', 'md,json', '-t', 'html']).formats).toEqual(['html', 'md', 'json']);
    expect(parseCliArgs(['--to', 'markdown']).formats).toEqual(['md']);
  });

  it('defaults to ndjson with --ndjson-in, and to all three formats for the demo', () => {
    expect(parseCliArgs(['--ndjson-in']).formats).toEqual(['ndjson']);
    expect(parseCliArgs(['demo']).formats).toEqual(['html', 'md', 'json']);
  });

  it('knows its subcommands', () => {
    expect(parseCliArgs(['serve', '--port', '0'])).toMatchObject({ command: 'serve', port: 0 });
    expect(parseCliArgs(['--help']).command).toBe('help');
    expect(parseCliArgs(['-v']).command).toBe('version');
    expect(() => parseCliArgs(['serve', 'x.txt'])).toThrow(UsageError);
  });

  it.each([['--bogus'], ['--to', 'pdf'], ['--jobs', 'two'], ['--port', '70000'], ['--from', 'html'], ['--out']])('%j is a usage error', (...args) => {
    expect(() => parseCliArgs(args)).toThrow(UsageError);
  });
});
