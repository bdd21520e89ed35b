import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '@copydesk/model';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

/** The seed article as the model it should parse to (positions aside): the parser's golden target. */
export function mosulGolden(): Article {
  return JSON.parse(readFileSync(join(repoRoot, 'packages/model/test/fixtures/mosul.article.json'), 'utf8')) as Article;
}

/** The seed article's text, as shipped in the repo (a copy of `../shared/seed/mosul.txt`). */
export function mosulText(): string {
  return readFileSync(join(repoRoot, 'packages/parser/test/fixtures/mosul.txt'), 'utf8');
}

/**
 * `../shared` beside the repository (read-only corpora and gold labels), or `undefined` when
 * it is absent, as on a user's clone. Tests that need it skip with a message; CI always has it.
 */
export function sharedDir(): string | undefined {
  const dir = process.env.COPYDESK_SHARED ?? resolve(repoRoot, '../shared');
  return existsSync(join(dir, 'corpora')) ? dir : undefined;
}

/** Printed by tests that skip because `../shared` is missing. */
export const SHARED_MISSING = 'skipped: ../shared (corpora and gold labels) is not beside the repository';

/** Drop every `position`, for comparisons "positions aside". */
export function stripPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v))) as T;
}
