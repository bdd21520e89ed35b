import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ConvertOptions, convert } from './convert.js';

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url));
const defaults: ConvertOptions = { standalone: false, frontMatter: false, keepBoilerplate: false, from: 'auto' };
const mosul = fixture('articles/world/mosul.txt');

describe('convert', () => {
  it('renders every requested format from one parse', () => {
    const result = convert(mosul, ['html', 'md', 'json', 'ndjson', 'jsonfeed'], defaults);
    if (!result.ok) throw new Error(result.message);
    expect(result.outputs.html).toContain('<h1');
    expect(result.outputs.md).toMatch(/^# Last Stronghold/);
    expect(JSON.parse(result.outputs.json!)).toMatchObject({ type: 'article' });
    expect(result.ndjsonLine).not.toContain('\n');
    expect(JSON.parse(result.ndjsonLine!)).toEqual(JSON.parse(result.outputs.json!));
    expect(result.article?.meta.title).toContain('Mosul');
  });

  it('renders only what was asked for', () => {
    const result = convert(mosul, ['md'], defaults);
    expect(result.ok && Object.keys(result.outputs)).toEqual(['md']);
    expect(result.ok && result.ndjsonLine).toBeUndefined();
  });

  it('passes the options on to the parser and the renderers', () => {
    const result = convert(mosul, ['html', 'md'], { ...defaults, standalone: true, frontMatter: true, keepBoilerplate: true });
    if (!result.ok) throw new Error(result.message);
    expect(result.outputs.html!.toLowerCase()).toMatch(/^<!doctype html>/);
    expect(result.outputs.md).toMatch(/^---\n/);
    expect(result.outputs.md).toContain('Support the IDF Today');
  });

  it('fails an empty input and a binary one, with the parser diagnostics', () => {
    for (const [input, code] of [[new Uint8Array(0), 'parse/empty'], [fixture('image.png'), 'decode/binary']] as const) {
      const result = convert(input, ['md'], defaults);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.code).toBe(code);
      expect(result.diagnostics?.some((d) => d.code === code)).toBe(true);
    }
  });

  it('says which reader is missing under --from auto, and reads anything as text under --from text', () => {
    const page = fixture('page.html');
    expect(convert(page, ['md'], defaults)).toMatchObject({ ok: false, code: 'input/unsupported-format' });
    expect(convert(page, ['md'], { ...defaults, from: 'text' }).ok).toBe(true);
    expect(convert('---\ntitle: x\n---\n\nBody', ['md'], defaults)).toMatchObject({ ok: false, message: expect.stringContaining('Markdown reader') });
  });

  it('keeps warnings on a successful conversion', () => {
    const latin1 = new Uint8Array(Buffer.from('Caf\xe9 owners protest\n\nThe owners of the caf\xe9s said on Monday that the rules would cost them.\n', 'latin1'));
    const result = convert(latin1, ['md'], defaults);
    expect(result.ok && result.warnings.map((w) => w.code)).toContain('decode/windows-1252');
  });
});
