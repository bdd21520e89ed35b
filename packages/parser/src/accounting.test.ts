import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArticle } from '@copydesk/model';
import { SHARED_MISSING, sharedDir } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { findUnaccountedLines } from './accounting.js';
import { parseText } from './parse-text.js';

describe('findUnaccountedLines', () => {
  it('finds nothing missing when every line is accounted for', () => {
    const input = 'Title\n\nBy Jane Roe\n\nBody text.\n\nReuter\n';
    expect(findUnaccountedLines(input, parseText(input))).toEqual([]);
  });

  it('reports a line that nothing accounts for', () => {
    const input = 'Title\n\nBody text.\n\nA second paragraph.\n';
    const article = parseText(input);
    article.children.pop();
    expect(findUnaccountedLines(input, article)).toEqual([{ line: 5, text: 'A second paragraph.' }]);
  });

  it('reports every line of an article parsed without positions', () => {
    const input = 'Title\n\nBody text.\n';
    expect(findUnaccountedLines(input, parseText(input, { positions: false }))).toHaveLength(2);
  });
});

const shared = sharedDir();
const corpus = shared ? join(shared, 'corpora/text') : undefined;
const files = corpus
  ? readdirSync(corpus, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((dir) =>
        readdirSync(join(corpus, dir.name))
          .filter((name) => name.endsWith('.txt'))
          .map((name) => `${dir.name}/${name}`),
      )
  : [];

describe.skipIf(!corpus)(`every corpus file is accounted for${corpus ? '' : ` (${SHARED_MISSING})`}`, () => {
  it(`holds on all ${files.length} files of ../shared/corpora/text`, () => {
    const failures: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(join(corpus!, file));
      const article = parseText(bytes);
      const missing = findUnaccountedLines(bytes, article);
      if (missing.length > 0) failures.push(`${file}: line ${missing[0]!.line} ${JSON.stringify(missing[0]!.text.slice(0, 60))}`);
      const valid = validateArticle(JSON.parse(JSON.stringify(article)));
      if (!valid.ok) failures.push(`${file}: invalid ${valid.errors[0]?.path} ${valid.errors[0]?.message}`);
    }
    expect(failures).toEqual([]);
    expect(files.length).toBeGreaterThan(1000);
  }, 120_000);
});
