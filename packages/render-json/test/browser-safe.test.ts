import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const srcDir = new URL('../src/', import.meta.url);
const sources = readdirSync(srcDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

/** The package runs in browsers: its source may import the model, its own files and @noble/hashes, nothing from Node. */
describe('package source', () => {
  it.each(sources)('%s imports nothing Node-only', (name) => {
    const text = readFileSync(new URL(name, srcDir), 'utf8');
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
    for (const specifier of specifiers) {
      expect(specifier.startsWith('./') || specifier === '@copydesk/model/core' || specifier.startsWith('@noble/hashes/'), `${name} imports ${specifier}`).toBe(true);
    }
    // Node globals in code (TSDoc examples may mention them).
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect(code).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b|\b__dirname\b/);
  });
});
