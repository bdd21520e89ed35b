import { existsSync } from 'node:fs';
import { chmod, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, fixturesDir, packageDir, runCli, scratch } from './run-cli.js';

const mosul = join(fixturesDir, 'articles/world/mosul.txt');
const title = 'Last Stronghold of ISIS Caliphate Set to Topple in Battle for Mosul';

/** Every file under `dir`, as sorted relative paths. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

beforeAll(() => {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build the package first (npx --yes pnpm@10 --filter copydesk build)`);
});

describe('usage', () => {
  it('--help lists every flag and examples, exit 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--to', '--out', '--standalone', '--front-matter', '--keep-boilerplate', '--from', '--ndjson-in', '--jobs', '--max-bytes', '--fail-fast', '--quiet', '--port', '--version']) {
      expect(run.stdout).toContain(flag);
    }
    expect(run.stdout).toContain('Examples');
    expect(run.stdout).toContain('copydesk serve');
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('an unknown flag exits 2 with a usage hint', async () => {
    const run = await runCli(['--tox', 'html', mosul]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'--tox'");
    expect(run.stderr).toContain('copydesk --help');
    expect(run.stdout).toBe('');
  });

  it('a missing path exits 2 with a usage hint, before converting anything', async () => {
    const dir = await scratch('articles');
    const run = await runCli(['articles', 'no-such-file.txt', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file or directory: no-such-file.txt');
    expect(run.stderr).toContain('copydesk --help');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('with no input and a terminal on stdin, says what to give instead of waiting', async () => {
    const { spawnSync } = await import('node:child_process');
    // script(1) gives the CLI a pseudo-terminal, as when someone types `copydesk` alone.
    const run = spawnSync('script', ['-qec', `${process.execPath} ${cliPath}`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: undefined, npm_lifecycle_event: undefined },
      timeout: 20_000,
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('no input: name files or directories, or pipe text in');
  });

  it('--out naming a file is a usage error', async () => {
    const run = await runCli([mosul, '--out', mosul]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is a file, not a directory');
  });

  it.each([
    [['--to', 'pdf', mosul], '--to: unknown format "pdf"'],
    [['--from', 'html', mosul], '--from: "html" is not a reader yet'],
    [['--jobs', '0', mosul], '--jobs: expected a whole number'],
    [['--max-bytes', 'lots', mosul], '--max-bytes: expected a size'],
    [['--to', 'html', '--to', 'md', mosul], 'need --out DIR'],
    [[fixturesDir + '/articles'], '4 inputs need --out DIR'],
  ])('%j is a usage error', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('one input to stdout', () => {
  it('a file becomes Markdown by default', async () => {
    const run = await runCli([mosul]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`# ${title}`);
    expect(run.stdout).not.toContain('Support the IDF Today');
    expect(run.stderr).toBe('');
  });

  it('stdin, as "-" or as no input at all', async () => {
    const text = await readFile(mosul, 'utf8');
    for (const args of [['-', '--to', 'html'], ['--to', 'html']]) {
      const run = await runCli(args, { input: text });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(title);
      expect(run.stdout).toContain('<p>');
    }
  });

  it('--to html --standalone writes a whole document; without it a fragment', async () => {
    const full = await runCli([mosul, '--to', 'html', '--standalone']);
    expect(full.stdout.toLowerCase()).toMatch(/^<!doctype html>/);
    expect(full.stdout).toContain('</html>');
    const fragment = await runCli([mosul, '--to', 'html']);
    expect(fragment.stdout.toLowerCase()).not.toContain('<!doctype');
  });

  it('--front-matter starts the Markdown with YAML metadata', async () => {
    const run = await runCli([mosul, '--front-matter']);
    expect(run.stdout.startsWith('---\n')).toBe(true);
    expect(run.stdout).toContain('title:');
  });

  it('--keep-boilerplate keeps the promo line in the body', async () => {
    const kept = await runCli([mosul, '--keep-boilerplate']);
    expect(kept.stdout).toContain('Support the IDF Today');
  });

  it('--to json writes the article model', async () => {
    const run = await runCli([mosul, '--to', 'json']);
    const article = JSON.parse(run.stdout) as { type: string; meta: { title: string }; removed: Array<{ kind: string }> };
    expect(article.type).toBe('article');
    expect(article.meta.title).toBe(title);
    expect(article.removed.map((r) => r.kind)).toContain('promo');
  });

  it('--from auto reports HTML as not supported yet; --from text reads it as text', async () => {
    const page = join(fixturesDir, 'page.html');
    const auto = await runCli([page]);
    expect(auto.code).toBe(1);
    expect(auto.stderr).toContain('page.html');
    expect(auto.stderr).toContain('not supported yet');
    expect(auto.stderr).toContain('[input/unsupported-format]');
    const text = await runCli([page, '--from', 'text']);
    expect(text.code).toBe(0);
  });

  it('resolves paths against INIT_CWD when run through a package manager script', async () => {
    const dir = await scratch('articles');
    const run = await runCli(['articles/world/mosul.txt', '--to', 'md', '--out', 'out'], {
      cwd: packageDir,
      env: { INIT_CWD: dir, npm_lifecycle_event: 'cli' },
    });
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, 'out/mosul.md'))).toBe(true);
  });
});

describe('batches', () => {
  it('a directory with --out mirrors the tree, one file per --to', async () => {
    const dir = await scratch('articles');
    const run = await runCli(['articles', '--to', 'html', '--to', 'md', '--to', 'json', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(0);
    const files = await listFiles(join(dir, 'out'));
    expect(files).toEqual(
      ['business/bakery', 'business/harbour-wire', 'world/council-vote', 'world/mosul'].flatMap((p) => [`${p}.html`, `${p}.json`, `${p}.md`]).sort(),
    );
    expect(run.stderr).toContain('4 inputs: ');
    expect(run.stderr).toContain('0 failed');
    expect(await readFile(join(dir, 'out/world/mosul.md'), 'utf8')).toContain(`# ${title}`);
  });

  it('a binary file and an empty file are reported, the rest converted, exit 1', async () => {
    const dir = await scratch('articles', 'image.png', 'empty.txt');
    await writeFile(join(dir, 'articles/world/image.png'), await readFile(join(fixturesDir, 'image.png')));
    await writeFile(join(dir, 'articles/business/empty.txt'), '');
    const run = await runCli(['articles', '--to', 'md', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('articles/world/image.png: ');
    expect(run.stderr).toContain('[decode/binary]');
    expect(run.stderr).toContain('articles/business/empty.txt: ');
    expect(run.stderr).toContain('[parse/empty]');
    expect(run.stderr).toMatch(/6 inputs: \d ok, \d with warnings, 2 failed/);
    expect(await listFiles(join(dir, 'out'))).toEqual(['business/bakery.md', 'business/harbour-wire.md', 'errors.ndjson', 'world/council-vote.md', 'world/mosul.md']);
    const records = (await readFile(join(dir, 'out/errors.ndjson'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { input: string; error: { code: string } });
    expect(records.map((r) => [r.input, r.error.code])).toEqual([
      ['articles/business/empty.txt', 'parse/empty'],
      ['articles/world/image.png', 'decode/binary'],
    ]);
  });

  it('--fail-fast stops at the first failure', async () => {
    const dir = await scratch('articles');
    await writeFile(join(dir, 'articles/business/aaa-empty.txt'), '');
    const run = await runCli(['articles', '--out', 'out', '--fail-fast', '--jobs', '1'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('aaa-empty.txt');
    expect(run.stderr).toContain('stopped at the first failure (--fail-fast)');
    expect(existsSync(join(dir, 'out/world/mosul.md'))).toBe(false);
  });

  it('--max-bytes skips and reports a file over the limit', async () => {
    const dir = await scratch('articles');
    const run = await runCli(['articles', '--out', 'out', '--max-bytes', '1KB'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('articles/world/mosul.txt: 2.5 KB is over the --max-bytes limit of 1.0 KB; skipped [input/too-large]');
    expect(existsSync(join(dir, 'out/world/mosul.md'))).toBe(false);
    expect(existsSync(join(dir, 'out/business/bakery.md'))).toBe(true);
  });

  it('a directory loop through a symbolic link is reported once and skipped', async () => {
    const dir = await scratch('articles');
    await symlink('..', join(dir, 'articles/world/back-up'));
    const run = await runCli(['articles', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('articles/world/back-up: directory loop');
    expect(run.stderr).toContain('[input/directory-loop]');
    expect(await listFiles(join(dir, 'out'))).toHaveLength(5);
  });

  it('an unreadable entry (a broken link) is reported and skipped', async () => {
    const dir = await scratch('articles');
    await symlink('nowhere.txt', join(dir, 'articles/dangling.txt'));
    const run = await runCli(['articles', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('articles/dangling.txt: broken symbolic link');
    expect(existsSync(join(dir, 'out/world/mosul.md'))).toBe(true);
  });

  it('an unreadable file is reported and skipped', async () => {
    if (process.getuid?.() === 0) {
      // root reads anything; a FIFO with no writer stands in for "cannot be read as a file".
      const dir = await scratch('articles');
      const { execFileSync } = await import('node:child_process');
      execFileSync('mkfifo', [join(dir, 'articles/pipe.txt')]);
      const run = await runCli(['articles', '--out', 'out'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('articles/pipe.txt: not a regular file');
      return;
    }
    const dir = await scratch('articles');
    await chmod(join(dir, 'articles/world/mosul.txt'), 0o000);
    const run = await runCli(['articles', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('articles/world/mosul.txt: cannot read: permission denied');
  });

  it('never overwrites an input', async () => {
    const dir = await scratch('articles');
    const input = join(dir, 'articles/world/mosul.md');
    await writeFile(input, await readFile(mosul));
    const run = await runCli(['articles/world/mosul.md', '--from', 'text', '--to', 'md', '--out', 'articles/world'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[input/would-overwrite]');
    expect(await readFile(input, 'utf8')).toBe(await readFile(mosul, 'utf8'));
  });

  it('does not walk into the output directory on a rerun', async () => {
    const dir = await scratch('articles');
    await runCli(['articles', '--out', 'articles/out'], { cwd: dir });
    const again = await runCli(['articles', '--out', 'articles/out'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('4 inputs');
  });

  it('--quiet leaves only the errors on stderr', async () => {
    const dir = await scratch('articles');
    await writeFile(join(dir, 'articles/empty.txt'), '');
    const run = await runCli(['articles', '--out', 'out', '--quiet'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('articles/empty.txt: ')]);
  });

  it('draws a progress bar with count, rate and ETA when stderr is a terminal', async () => {
    const dir = await scratch('articles');
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync('script', ['-qec', `${process.execPath} ${cliPath} articles --out out`, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: undefined, npm_lifecycle_event: undefined },
      timeout: 30_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\r\x1b\[2K\[#+-*\] 4\/4 {2}[\d.]+\/s {2}ETA /);
    expect(run.stdout).toContain('4 inputs: 4 ok');
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const run = await runCli([join(fixturesDir, 'articles'), '--out', await scratch()]);
    expect(run.stderr).not.toContain('\r');
    expect(run.stderr).not.toContain('ETA');
  });

  it('--to ndjson collects a batch on stdout, one line per input, failures included', async () => {
    const dir = await scratch('articles');
    await writeFile(join(dir, 'articles/empty.txt'), '');
    const run = await runCli(['articles', '--to', 'ndjson'], { cwd: dir });
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; article?: { meta: { title: string } }; error?: { code: string } });
    expect(lines.map((l) => l.input)).toEqual([
      'articles/business/bakery.txt',
      'articles/business/harbour-wire.txt',
      'articles/empty.txt',
      'articles/world/council-vote.txt',
      'articles/world/mosul.txt',
    ]);
    expect(lines[2]!.error!.code).toBe('parse/empty');
    expect(lines[4]!.article!.meta.title).toBe(title);
  });

  it('--to jsonfeed writes one JSON Feed for the batch', async () => {
    const run = await runCli([join(fixturesDir, 'articles'), '--to', 'jsonfeed']);
    expect(run.code).toBe(0);
    const feed = JSON.parse(run.stdout) as { version: string; items: Array<{ title?: string }> };
    expect(feed.version).toContain('jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(4);
    expect(feed.items.map((i) => i.title)).toContain(title);
  });

  it('--to ndjson and --to jsonfeed with --out write articles.ndjson and feed.json', async () => {
    const dir = await scratch('articles');
    const run = await runCli(['articles', '--to', 'ndjson', '--to', 'jsonfeed', '--to', 'html', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(0);
    const files = await listFiles(join(dir, 'out'));
    expect(files).toContain('articles.ndjson');
    expect(files).toContain('feed.json');
    expect(files).toContain('world/mosul.html');
    expect((await readFile(join(dir, 'out/articles.ndjson'), 'utf8')).trim().split('\n')).toHaveLength(4);
  });

  it('an input that would be written over by the feed is reported; a clean rerun clears errors.ndjson', async () => {
    const dir = await scratch('articles');
    await writeFile(join(dir, 'articles/feed.txt'), await readFile(mosul));
    const first = await runCli(['articles', '--to', 'json', '--to', 'jsonfeed', '--out', 'out'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('articles/feed.txt: its output out/feed.json is also another input');
    expect(JSON.parse(await readFile(join(dir, 'out/feed.json'), 'utf8'))).toMatchObject({ version: expect.stringContaining('jsonfeed') });
    expect(existsSync(join(dir, 'out/errors.ndjson'))).toBe(true);
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'articles/feed.txt'));
    const second = await runCli(['articles', '--to', 'json', '--to', 'jsonfeed', '--out', 'out'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(existsSync(join(dir, 'out/errors.ndjson'))).toBe(false);
  });

  it('--jobs 2 writes exactly what --jobs 1 writes', async () => {
    const dir = await scratch('articles');
    // Enough files that both workers get several.
    for (let i = 0; i < 12; i++) await writeFile(join(dir, `articles/copy-${String(i).padStart(2, '0')}.txt`), await readFile(join(fixturesDir, i % 2 ? 'articles/business/bakery.txt' : 'articles/world/mosul.txt')));
    await writeFile(join(dir, 'articles/empty.txt'), '');
    const one = await runCli(['articles', '--to', 'html', '--to', 'md', '--to', 'json', '--to', 'ndjson', '--out', 'one', '--jobs', '1'], { cwd: dir });
    const two = await runCli(['articles', '--to', 'html', '--to', 'md', '--to', 'json', '--to', 'ndjson', '--out', 'two', '--jobs', '2'], { cwd: dir });
    expect(two.code).toBe(one.code);
    const files = await listFiles(join(dir, 'one'));
    expect(await listFiles(join(dir, 'two'))).toEqual(files);
    expect(files).toHaveLength(16 * 3 + 2);
    for (const file of files) expect(await readFile(join(dir, 'two', file), 'utf8'), file).toBe(await readFile(join(dir, 'one', file), 'utf8'));
    const stdoutOne = await runCli(['articles', '--to', 'ndjson', '--jobs', '1'], { cwd: dir });
    const stdoutTwo = await runCli(['articles', '--to', 'ndjson', '--jobs', '2'], { cwd: dir });
    expect(stdoutTwo.stdout).toBe(stdoutOne.stdout);
  });
});

describe('--ndjson-in', () => {
  interface ResultLine {
    id?: string | number | null;
    line: number;
    article?: { meta: { title?: string } };
    html?: string;
    markdown?: string;
    error?: { code: string; message: string };
  }
  const parseLines = (stdout: string): ResultLine[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as ResultLine);

  it('writes one result per input line, in order; bad lines become error records naming the line', async () => {
    const run = await runCli([join(fixturesDir, 'corpus.ndjson'), '--ndjson-in']);
    expect(run.code).toBe(1);
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => [l.line, l.id ?? null, l.error?.code ?? 'ok'])).toEqual([
      [1, 'port', 'ok'],
      [2, null, 'ndjson/malformed-line'],
      [3, 'bakery', 'ok'],
      [5, 'no-text', 'ndjson/bad-record'],
      [6, 'markup', 'input/unsupported-format'],
      [7, 7, 'ok'],
      [8, 'empty', 'parse/empty'],
    ]);
    expect(lines[1]!.error!.message).toContain('line 2');
    expect(lines[0]!.article!.meta.title).toBe('Port strike ends after three days');
    expect(run.stderr).toContain('corpus.ndjson:2');
    expect(run.stderr).toMatch(/7 inputs: \d ok, \d with warnings, 4 failed/);
  });

  it('reads stdin and adds the renderings asked for', async () => {
    const input = `${JSON.stringify({ id: 'a', text: await readFile(mosul, 'utf8') })}\n`;
    const run = await runCli(['--ndjson-in', '--to', 'html', '--to', 'md', '--to', 'ndjson'], { input });
    expect(run.code).toBe(0);
    const [line] = parseLines(run.stdout);
    expect(line!.id).toBe('a');
    expect(line!.html).toContain('<p>');
    expect(line!.markdown).toContain(`# ${title}`);
    expect(line!.article!.meta.title).toBe(title);
  });

  it('--to json gives the same compact lines as --to ndjson', async () => {
    const corpus = join(fixturesDir, 'corpus.ndjson');
    const json = await runCli([corpus, '--ndjson-in', '--to', 'json']);
    const ndjson = await runCli([corpus, '--ndjson-in', '--to', 'ndjson']);
    expect(json.stdout).toBe(ndjson.stdout);
    expect(parseLines(json.stdout)).toHaveLength(7);
  });

  it('--jobs 2 streams the same lines as --jobs 1', async () => {
    const text = await readFile(mosul, 'utf8');
    const input = Array.from({ length: 60 }, (_, i) => JSON.stringify(i % 7 === 3 ? { id: i } : { id: i, text: `${text}\nLine ${i}.\n` })).join('\n');
    const one = await runCli(['--ndjson-in', '--jobs', '1'], { input });
    const two = await runCli(['--ndjson-in', '--jobs', '2'], { input });
    expect(two.stdout).toBe(one.stdout);
    expect(parseLines(one.stdout)).toHaveLength(60);
  });

  it('--jobs 2 converts a large article under --max-bytes as --jobs 1 does (the workers\' heap limit is not in its way)', async () => {
    const text = await readFile(mosul, 'utf8');
    const body = text.split('\n').slice(2).join('\n');
    let big = text;
    while (big.length < 8_000_000) big += `\n\n${body}`;
    const input = [{ id: 'before', text }, { id: 'big', text: big }, { id: 'after', text }].map((r) => JSON.stringify(r)).join('\n');
    const one = await runCli(['--ndjson-in', '--jobs', '1'], { input });
    const two = await runCli(['--ndjson-in', '--jobs', '2'], { input });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(parseLines(two.stdout).map((l) => [l.id, l.error?.code ?? 'ok'])).toEqual([
      ['before', 'ok'],
      ['big', 'ok'],
      ['after', 'ok'],
    ]);
  });

  it('--out writes the results beside the mirrored input name', async () => {
    const dir = await scratch('corpus.ndjson');
    const run = await runCli(['corpus.ndjson', '--ndjson-in', '--out', 'out'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(parseLines(await readFile(join(dir, 'out/corpus.ndjson'), 'utf8'))).toHaveLength(7);
  });

  it('--to jsonfeed cannot stream: a usage error', async () => {
    const run = await runCli(['--ndjson-in', '--to', 'jsonfeed'], { input: '' });
    expect(run.code).toBe(2);
  });
});

describe('demo', () => {
  it('writes the example to out/ in the directory the user ran it from, prints the Markdown and the files', async () => {
    const dir = await scratch();
    const run = await runCli(['demo'], { cwd: packageDir, env: { INIT_CWD: dir, npm_lifecycle_event: 'demo' } });
    expect(run.code).toBe(0);
    expect(await listFiles(join(dir, 'out'))).toEqual(['mosul.html', 'mosul.json', 'mosul.md']);
    expect(run.stdout).toContain(`# ${title}`);
    for (const file of ['out/mosul.html', 'out/mosul.md', 'out/mosul.json']) expect(run.stdout).toContain(file);
  });
});

describe('pipes', () => {
  it('stops quietly when the reader closes the pipe (| head)', async () => {
    const dir = await scratch();
    const line = JSON.stringify({ id: 1, text: await readFile(mosul, 'utf8') });
    await writeFile(join(dir, 'big.ndjson'), `${line}\n`.repeat(3000));
    const { execFileSync } = await import('node:child_process');
    const status = execFileSync('bash', ['-c', `node ${JSON.stringify(cliPath)} big.ndjson --ndjson-in --jobs 1 | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: undefined, npm_lifecycle_event: undefined },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(status.trim()).toBe('0');
  });
});

describe('serve', () => {
  it('serves the playground on 127.0.0.1 and nothing outside it', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0'], { cwd: packageDir });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk);
          if (match) resolve(match[0]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain('Copydesk playground');
      expect((await fetch(`${url}%2e%2e/package.json`)).status).toBeGreaterThanOrEqual(400);
      expect((await fetch(`${url}missing.js`)).status).toBe(404);
      // A second server on the same port says what to do instead of printing a stack trace.
      const port = new URL(url).port;
      const clash = await runCli(['serve', '--port', port]);
      expect(clash.code).toBe(1);
      expect(clash.stderr).toContain(`port ${port} is in use`);
    } finally {
      child.kill();
    }
  });
});
