import { mosulGolden } from '@copydesk/testkit';
import { describe, expect, it } from 'vitest';
import { article, blockquote, emphasis, heading, lineBreak, list, paragraph } from './builders.js';
import { computeStats, countWords, WORDS_PER_MINUTE } from './stats.js';

describe('computeStats', () => {
  it('reads at a documented 230 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
  });

  it('matches the counts recorded in the golden seed', () => {
    const mosul = mosulGolden();
    expect(computeStats(mosul)).toEqual(mosul.meta.stats);
    expect(computeStats(mosul)).toEqual({ words: 362, characters: 2199, paragraphs: 9, readingMinutes: 2 });
  });

  it('counts words, characters without block separators, and paragraphs anywhere in the body', () => {
    const a = article({
      children: [paragraph('One ', emphasis('two'), ' three.'), heading(2, 'Four'), blockquote(['Five six.']), list(false, ['seven', 'eight'])],
    });
    // "One two three." 14 + "Four" 4 + "Five six." 9 + "seven" 5 + "eight" 5 = 37; list items are joined by a newline, not counted.
    expect(computeStats(a)).toEqual({ words: 8, characters: 37, paragraphs: 4, readingMinutes: 1 });
  });

  it('does not count a line break as a character', () => {
    expect(computeStats(article({ children: [paragraph('ab', lineBreak(), 'cd')] })).characters).toBe(4);
  });

  it('rounds reading minutes up, and gives 0 for an empty body', () => {
    const words = (n: number) => article({ children: [paragraph(Array.from({ length: n }, () => 'word').join(' '))] });
    expect(computeStats(article())).toEqual({ words: 0, characters: 0, paragraphs: 0, readingMinutes: 0 });
    expect(computeStats(words(1)).readingMinutes).toBe(1);
    expect(computeStats(words(WORDS_PER_MINUTE)).readingMinutes).toBe(1);
    expect(computeStats(words(WORDS_PER_MINUTE + 1)).readingMinutes).toBe(2);
  });

  it('leaves the title and metadata out', () => {
    expect(computeStats(article({ meta: { title: 'A long title of many words' }, children: ['Body.'] })).words).toBe(1);
  });
});

describe('countWords', () => {
  it('counts tokens holding a letter or digit in any script', () => {
    expect(countWords('The 4,000 fighters — in Mosul')).toBe(5);
    expect(countWords('  São  Paulo\tand\nмир 😀 — *')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});
