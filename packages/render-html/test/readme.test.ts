import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mosulGolden } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/index.js';
import { fixturesDir, loadFixtures } from './document-set.js';

const readme = readFileSync(join(fixturesDir, '../../README.md'), 'utf8');

/** The code block between `<!-- name:start -->` and `<!-- name:end -->`. */
function block(name: string): string {
  const start = readme.indexOf(`<!-- ${name}:start -->\n\`\`\`html\n`);
  const end = readme.indexOf(`\`\`\`\n<!-- ${name}:end -->`);
  expect(start, `README has no ${name} block`).toBeGreaterThanOrEqual(0);
  return readme.slice(readme.indexOf('```html\n', start) + '```html\n'.length, end);
}

describe('README examples', () => {
  it('shows the seed fragment exactly as rendered', () => {
    expect(block('fragment')).toBe(renderHtml(mosulGolden()));
  });

  it('shows the seed document exactly as rendered, stylesheet aside', () => {
    const fixture = loadFixtures().find((f) => f.name === '002-seed-standalone');
    const html = renderHtml(mosulGolden(), fixture?.options);
    const shortened = html.replace(/<style>\n[\s\S]*?<\/style>/, '<style>\n/* the built-in stylesheet: see builtInStylesheet() above */\n</style>');
    expect(block('document')).toBe(shortened);
    expect(readme).toContain(`url: '${fixture?.options.url}'`);
  });
});
