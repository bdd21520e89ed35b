import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '@copydesk/model';
import { articleArb, handmadeArticles, mosulGolden } from '@copydesk/testkit';
import fc from 'fast-check';
import type { RenderHtmlOptions } from '../src/index.js';
import { extraArticles } from './extra-articles.js';
import { XSS_VECTORS } from './fixtures/xss-vectors.js';
import { hostileArticle } from './hostile-article.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A numbered fixture: `NNN-name.json` holds the model and the options, `NNN-name.html` the output. */
export interface HtmlFixture {
  name: string;
  description: string;
  options: RenderHtmlOptions;
  article: Article;
}

export function loadFixtures(): HtmlFixture[] {
  return readdirSync(fixturesDir)
    .filter((file) => /^\d{3}-.+\.json$/.test(file))
    .sort()
    .map((file) => {
      const data = JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as Omit<HtmlFixture, 'name'>;
      return { name: file.slice(0, -'.json'.length), ...data };
    });
}

/** Option sets every model is rendered with for validation: the default and the other extreme. */
export const OPTION_SETS: readonly RenderHtmlOptions[] = [
  { standalone: true },
  {
    standalone: true,
    pretty: false,
    stylesheet: false,
    includeRemoved: true,
    headingOffset: 2,
    classPrefix: '',
    linkRel: 'nofollow ugc noopener noreferrer',
    url: 'https://news.example.com/story?id=1',
  },
];

/** How many generated articles are validated. */
export const GENERATED_COUNT = 300;

/**
 * Every full document the Nu Html Checker sees: the seed, the hand-made and extra models, the
 * numbered fixtures, the XSS articles and `GENERATED_COUNT` generated articles (a fixed seed,
 * so a failure can be reproduced by name).
 */
export function documentSet(): { name: string; article: Article; options: RenderHtmlOptions }[] {
  const out: { name: string; article: Article; options: RenderHtmlOptions }[] = [];
  const named: [string, Article][] = [
    ['seed', mosulGolden()],
    ...Object.entries(handmadeArticles()).map(([name, a]): [string, Article] => [`handmade-${name}`, a]),
    ...Object.entries(extraArticles()).map(([name, a]): [string, Article] => [`extra-${name}`, a]),
    ...XSS_VECTORS.map((vector, index): [string, Article] => [`xss-${index}`, hostileArticle(vector)]),
  ];
  for (const [name, article] of named) {
    OPTION_SETS.forEach((options, index) => {
      out.push({ name: `${name}.options-${index}`, article, options });
    });
  }
  for (const fixture of loadFixtures()) out.push({ name: `fixture-${fixture.name}`, article: fixture.article, options: { ...fixture.options, standalone: true } });
  fc.sample(articleArb(), { numRuns: GENERATED_COUNT, seed: 20161031 }).forEach((article, index) => {
    out.push({ name: `generated-${String(index).padStart(3, '0')}`, article, options: OPTION_SETS[index % OPTION_SETS.length] as RenderHtmlOptions });
  });
  return out;
}
