import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from './core.js';
import * as main from './index.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The modules `file` loads when it runs: its `import … from` and `export … from` specifiers,
 * leaving out type-only ones (`import type`, `export type`), which the build erases.
 */
function runtimeImports(file: string): string[] {
  const source = readFileSync(join(here, file), 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
    if (!match[2]) specifiers.push(match[3]!);
  }
  return specifiers;
}

/** Every module reached from `entry` at run time, as specifiers (relative ones resolved to file names). */
function runtimeGraph(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    for (const specifier of runtimeImports(queue.shift()!)) {
      const name = specifier.startsWith('./') ? specifier.slice(2).replace(/\.js$/, '.ts') : specifier;
      if (seen.has(name)) continue;
      seen.add(name);
      if (specifier.startsWith('./')) queue.push(name);
    }
  }
  return seen;
}

describe('@copydesk/model/core', () => {
  it('loads no schema module and not zod', () => {
    const graph = runtimeGraph('core.ts');
    expect(graph.has('zod')).toBe(false);
    for (const schemaModule of ['article.ts', 'block.ts', 'inline.ts', 'meta.ts', 'position.ts', 'removed.ts', 'registry.ts', 'validate.ts']) {
      expect(graph.has(schemaModule), `${schemaModule} is reached from core.ts`).toBe(false);
    }
  });

  it('the graph walk sees zod where it is imported (the check above can fail)', () => {
    expect(runtimeGraph('index.ts').has('zod')).toBe(true);
    expect(runtimeImports('article.ts')).toContain('zod');
  });

  it('exports the very same functions and constants as the main entry', () => {
    const names = Object.keys(core);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect((main as Record<string, unknown>)[name], name).toBe((core as Record<string, unknown>)[name]);
    expect(core.MODEL_VERSION).toBe('1.0.0');
    expect(core.REMOVED_KINDS).toContain('promo');
  });

  it('builds and reads an article without the schemas', () => {
    const doc = core.article({ meta: { title: 'A title' }, children: [core.paragraph('One two three.')] });
    expect(main.validateArticle(doc).ok).toBe(true);
    expect(core.toPlainText(doc)).toContain('One two three.');
    expect(core.computeStats(doc).words).toBe(3);
  });
});
