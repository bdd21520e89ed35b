import { expect, test } from 'vitest';
import { createLineIndex } from './line-index.js';
import { RepairLog } from './repair-log.js';

test('details up to the limit, then one summary per kind', () => {
  const log = new RepairLog(2);
  for (let i = 0; i < 5; i++) if (log.count('entity')) log.describe('entity', i, i + 1, `entity ${i}`);
  if (log.count('markup')) log.describe('markup', 0, 1, 'tag');
  const diagnostics = log.toDiagnostics(createLineIndex('abcdef'));
  expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
    ['normalise/entity', 'entity 0'],
    ['normalise/entity', 'entity 1'],
    ['normalise/entity', '3 more HTML entities decoded (5 in all); only the first 2 are listed.'],
    ['normalise/markup', 'tag'],
  ]);
  expect(diagnostics[1]!.position).toEqual({ start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 3, offset: 2 } });
  expect(log.total('entity')).toBe(5);
  expect(log.empty).toBe(false);
  expect(new RepairLog().empty).toBe(true);
});
