import { readFileSync } from 'node:fs';
import { mosulGolden } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { renderJsonLd } from '../src/json-ld.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** The README shows real output: these fail when the output changes and the README does not. */
describe('README', () => {
  it('shows the seed article\'s canonical JSON as renderJson writes it', () => {
    expect(readme).toContain(`\`\`\`json\n${fixture('mosul.canonical.json')}\`\`\``);
  });

  it('shows the seed article\'s feed item as renderJsonFeed writes it', () => {
    expect(readme).toContain(`\`\`\`json\n${fixture('mosul.feed-item.json')}\`\`\``);
  });

  it('shows the seed article\'s JSON-LD as renderJsonLd writes it', () => {
    expect(readme).toContain(`\`\`\`json\n${JSON.stringify(renderJsonLd(mosulGolden()), null, 2)}\n\`\`\``);
  });
});
