import { fileURLToPath } from 'node:url';
import { article, paragraph } from '@copydesk/model';
import { describe, expect, it } from 'vitest';
import { main, parseArgs } from './eval-text.mjs';
import { parseLabels } from './labels.mjs';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

/**
 * A hand-written stand-in for parseText over the fixture corpus: right about the wire story,
 * wrong about the blog post's paragraphs, and throwing on the broken file.
 * @param {Uint8Array} bytes
 */
function fakeParse(bytes) {
  const text = new TextDecoder().decode(bytes);
  if (text.startsWith('this file makes the parser throw')) throw new Error('boom');
  if (text.startsWith('LISBON')) {
    return article({
      meta: { dateline: { text: 'LISBON, March 3 (Reuters) -', place: 'LISBON', agency: 'Reuters', date: 'March 3' }, tags: [] },
      children: [paragraph('The first paragraph of the wire story goes on for a while.'), paragraph('The second paragraph.')],
      removed: [{ type: 'removed', kind: 'signoff', text: 'Reuter', reason: 'Wire sign-off.' }],
    });
  }
  return article({
    meta: { title: 'A blog headline', tags: [] },
    children: [paragraph('The only'), paragraph('paragraph of the post.')],
    removed: [{ type: 'removed', kind: 'promo', text: 'Support us today', reason: 'A call to action.' }],
  });
}

/** @param {string[]} argv @param {import('./eval-text.mjs').ParseText | string} parse */
async function run(argv, parse) {
  /** @type {string[]} */
  const out = [];
  /** @type {string[]} */
  const err = [];
  const code = await main(argv, { cwd: fixtures, out: (l) => out.push(l), err: (l) => err.push(l), parse });
  return { code, out: out.join('\n'), err: err.join('\n'), last: out.at(-1) ?? '' };
}

describe('eval:text', () => {
  it('scores every labelled file, reports the ones that fail, and ends with the JSON line', async () => {
    const { code, out, last } = await run(['--', '--labels', 'labels.jsonl', '--root', 'corpus'], fakeParse);
    expect(code).toBe(0);
    expect(out).toContain('blog/broken.txt: parseText threw Error: boom');
    expect(out).toMatch(/blog\/missing.txt: cannot read/);
    expect(out).toMatch(/^wire +1 /m);
    expect(out).toMatch(/^blog +3 /m);
    const result = JSON.parse(last);
    expect(result.articles).toBe(4);
    // Wire right everywhere; the blog post right but for paragraphs and lastWords; two failures.
    expect(result.fields.title).toBe(0.5);
    expect(result.fields.paragraphs).toBe(0.25);
    expect(result.fields.paragraphsWithin1).toBe(0.5);
    expect(result.boilerplate).toEqual({ precision: 1, recall: 1, f1: 1, kindAccuracy: 1 });
  });

  it('prints only the JSON line with --json-only', async () => {
    const { out, err } = await run(['--labels', 'labels.jsonl', '--root', 'corpus', '--json-only'], fakeParse);
    expect(out.split('\n')).toHaveLength(1);
    expect(JSON.parse(out).articles).toBe(4);
    expect(err).toContain('2 problem(s)');
  });

  it('shows per-article diffs with --show-failures, for one field if named', async () => {
    const { out } = await run(['--labels', 'labels.jsonl', '--root', 'corpus', '--show-failures', 'paragraphs'], fakeParse);
    expect(out).toContain('✗ blog/post.txt\n  paragraphs   expected 1\n               got      2');
    expect(out).not.toContain('lastWords    expected');
  });

  it('without a parser, scores every file as wrong and says why once', async () => {
    const { code, out, last } = await run(['--labels', 'labels.jsonl', '--root', 'corpus'], '@copydesk/parser does not export parseText');
    expect(code).toBe(0);
    expect(out).toContain('all 4 files: @copydesk/parser does not export parseText');
    expect(JSON.parse(last).structureScore).toBe(0);
  });

  it('refuses unknown options and fields with the usage', async () => {
    expect((await run(['--nope'], fakeParse)).code).toBe(2);
    const bad = await run(['--show-failures', 'colour'], fakeParse);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown field "colour"');
  });
});

describe('parseArgs', () => {
  it('resolves relative paths against the directory the command was started in', () => {
    const options = parseArgs(['--labels', 'x.jsonl', '--root', '/abs/corpus'], '/home/me');
    expect(options.labels).toBe('/home/me/x.jsonl');
    expect(options.root).toBe('/abs/corpus');
  });
  it('defaults to ../shared beside the repository', () => {
    const options = parseArgs([], '/anywhere');
    expect(options.labels.endsWith('/shared/eval/text-dev.jsonl')).toBe(true);
    expect(options.root.endsWith('/shared/corpora/text')).toBe(true);
    expect(options).toMatchObject({ jsonOnly: false, showFailures: false });
  });
  it('takes --show-failures with or without a field', () => {
    expect(parseArgs(['--show-failures', '--json-only'], '/').failureField).toBeUndefined();
    expect(parseArgs(['--show-failures', 'boilerplate'], '/').failureField).toBe('boilerplate');
  });
});

describe('parseLabels', () => {
  it('reads a labels file with a byte order mark and CRLF line ends', () => {
    const line = '{"file": "a.txt", "title": null, "dateline": null, "authors": [], "leadImage": null, "source": null, "boilerplate": [], "paragraphs": 0, "headings": [], "firstWords": "", "lastWords": ""}';
    expect(parseLabels(`\uFEFF${line}\r\n${line}\r\n`).map((l) => l.file)).toEqual(['a.txt', 'a.txt']);
  });

  it('names the file and line of a malformed label', () => {
    expect(() => parseLabels('{"file": "a"}\n', 'l.jsonl')).toThrow(/l.jsonl:1: "title"/);
    expect(() => parseLabels('\n{oops\n', 'l.jsonl')).toThrow(/l.jsonl:2: not JSON/);
  });
});
