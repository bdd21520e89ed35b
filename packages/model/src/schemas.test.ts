import { describe, expect, it } from 'vitest';
import { caseGroups } from '../test/cases/index.js';
import { validateArticle } from './validate.js';

// Every node type, metadata field, removed span, diagnostic and position, valid and not,
// checked whole through validateArticle (the same cases are run through the JSON Schema in
// test/json-schema.test.ts).
describe.each(caseGroups)('$group', ({ valid, invalid }) => {
  it.each(valid)('accepts $name, unchanged', ({ document }) => {
    const result = validateArticle(document);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.article).toEqual(document);
  });

  it.each(invalid)('refuses $name, at $path', ({ document, path }) => {
    const result = validateArticle(document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toContain(path);
    for (const error of result.errors) {
      expect(error.path.startsWith('/')).toBe(true);
      expect(error.message.length).toBeGreaterThan(0);
    }
  });
});
