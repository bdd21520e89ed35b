import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '@copydesk/model';
import { handmadeArticles, mosulGolden } from '@copydesk/testkit';
import { describe, it } from 'vitest';
import { extraArticles } from '../test/extra-articles.js';
import { assertRoundTrip, OPTION_SETS } from '../test/round-trip.js';
import type { RenderMarkdownOptions } from './index.js';

const fixturesDir = join(import.meta.dirname, '../test/fixtures');

const named: Record<string, Article> = { seed: mosulGolden(), ...handmadeArticles(), ...extraArticles() };

describe('round trip through micromark: the seed and hand-made models', () => {
  for (const [optionName, options] of Object.entries(OPTION_SETS)) {
    describe(optionName, () => {
      for (const [name, article] of Object.entries(named)) {
        it(name, () => assertRoundTrip(article, options));
      }
    });
  }
});

describe('round trip through micromark: failures found by property testing', () => {
  const files = readdirSync(fixturesDir).filter((file) => file.endsWith('.article.json'));
  for (const file of files) {
    const fixture = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as { options: RenderMarkdownOptions; article: Article };
    it(file, () => assertRoundTrip(fixture.article, fixture.options));
  }
});
