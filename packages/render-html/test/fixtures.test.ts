import { validateArticle } from '@copydesk/model';
import { mosulGolden, stripPositions } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/index.js';
import { loadFixtures } from './document-set.js';

/**
 * Numbered fixtures: `test/fixtures/NNN-name.json` (a description, the options and the model)
 * renders exactly to `NNN-name.html`. Review a change by reading the .html diff; regenerate
 * with `npx vitest run test/fixtures.test.ts -u` after checking it by eye.
 */
describe('numbered fixtures', () => {
  const fixtures = loadFixtures();

  it('are numbered without gaps and include the seed', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(fixtures.map((fixture) => fixture.name.slice(0, 3))).toEqual(fixtures.map((_, index) => String(index + 1).padStart(3, '0')));
    expect(fixtures[0]?.article).toEqual(stripPositions(mosulGolden()));
  });

  for (const fixture of fixtures) {
    it(`${fixture.name}: ${fixture.description}`, async () => {
      const checked = validateArticle(fixture.article);
      expect(checked.ok ? [] : checked.errors).toEqual([]);
      await expect(renderHtml(fixture.article, fixture.options)).toMatchFileSnapshot(`fixtures/${fixture.name}.html`);
    });
  }
});
