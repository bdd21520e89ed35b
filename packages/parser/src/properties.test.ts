import { type Article, type Position, validateArticle } from '@copydesk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnaccountedLines } from './accounting.js';
import { decodeInput } from './decode/index.js';
import { parseText } from './parse-text.js';

/** Every position in the article, anywhere in the tree. */
function allPositions(value: unknown, out: Position[] = []): Position[] {
  if (Array.isArray(value)) for (const item of value) allPositions(item, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'position' && child) out.push(child as Position);
      else if (key === 'positions' && child) out.push(...(Object.values(child as object) as Position[]));
      else allPositions(child, out);
    }
  }
  return out;
}

function checkArticle(input: string | Uint8Array, article: Article): void {
  expect(validateArticle(JSON.parse(JSON.stringify(article))).ok).toBe(true);
  const length = decodeInput(input).text.length;
  for (const position of allPositions(article)) {
    expect(position.start.offset).toBeGreaterThanOrEqual(0);
    expect(position.start.offset).toBeLessThanOrEqual(position.end.offset);
    expect(position.end.offset).toBeLessThanOrEqual(length);
  }
  expect(findUnaccountedLines(input, article)).toEqual([]);
}

/** Text shaped like articles: lines of words, blank lines, indents, markers and furniture. */
const articleLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom('', '   ', 'Reuter', 'By Jane Roe', 'LISBON (Reuters) - ', '- item', '1. item', 'Source: X', '(Flickr)', '    ', '\t'),
      fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '-', '(', ')', ':', '—', '’', '\u00a0', '&amp;', '\r', 'é', '🙂') }),
    ),
    { maxLength: 30 },
  )
  .map((lines) => lines.join('\n'));

describe('parseText properties', () => {
  it('any string: no throw, valid, positions in bounds, every line accounted for', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), articleLikeText), (input) => {
        checkArticle(input, parseText(input));
      }),
      { numRuns: 400 },
    );
  });

  it('any bytes: no throw, valid, positions in bounds, every line accounted for', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        checkArticle(bytes, parseText(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('keepBoilerplate keeps every line accounted for', () => {
    fc.assert(
      fc.property(articleLikeText, (input) => {
        checkArticle(input, parseText(input, { keepBoilerplate: true }));
      }),
      { numRuns: 200 },
    );
  });
});
