import { article, paragraph, toPlainText } from '@copydesk/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSummary } from './article-summary.js';
import { collapseWhiteSpace, excerpt } from './text-excerpt.js';

/** The summary as specified: collapse all of the first paragraph, drop the dateline, cut. */
function referenceSummary(text: string, dateline: string, maxLength: number): string | undefined {
  let collapsed = collapseWhiteSpace(toPlainText(paragraph(text)));
  const prefix = dateline.trim();
  if (prefix && collapsed.startsWith(prefix)) collapsed = collapsed.slice(prefix.length).trimStart();
  const summary = excerpt(collapsed, maxLength);
  return summary === '' ? undefined : summary;
}

describe('articleSummary', () => {
  it('is the start of the first paragraph without the dateline, cut at a word', () => {
    const a = article({
      meta: { dateline: { text: 'LISBON (Reuters) -', place: 'LISBON', agency: 'Reuters', date: null }, authors: [], tags: [] },
      children: [paragraph('LISBON (Reuters) -  The   army said\non Monday that it had taken the town.')],
    });
    expect(articleSummary(a, 20)).toBe('The army said on…');
    expect(articleSummary(a)).toBe('The army said on Monday that it had taken the town.');
  });

  it('reads only as much of a long paragraph as it needs, with the same result as reading all of it', () => {
    // White space that collapsing keeps but trimStart removes (U+FEFF, U+202F) after the dateline
    // exercises the fallback to the whole paragraph.
    const piece = fc.constantFrom('LISBON', ' -', ' ', '   ', '\n', '\u00a0', '\ufeff', '\u202f', 'word', 'x', '—', '😀', ',');
    const text = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));
    const dateline = fc.constantFrom('', 'LISBON', 'LISBON -', ' LISBON - ');
    fc.assert(
      fc.property(text, dateline, fc.integer({ min: -1, max: 40 }), (value, prefix, maxLength) => {
        const a = article({ meta: { dateline: { text: prefix, place: null, agency: null, date: null }, authors: [], tags: [] }, children: [paragraph(value)] });
        expect(articleSummary(a, maxLength)).toBe(referenceSummary(value, prefix, maxLength));
      }),
      { numRuns: 3000 },
    );
  });
});
