import { describe, expect, it } from 'vitest';
import { singleUnit } from '../layout/unit.js';
import { buildBlocks, type KeptUnit } from './blocks.js';

const NO_POSITIONS = { position: () => undefined };
const LONG = 'The council voted on Tuesday to extend the programme for another year, officials said after a review.';

function kept(texts: string[]): KeptUnit[] {
  let at = 0;
  return texts.map((text) => {
    const unit = singleUnit(text, at, true, 0);
    at += text.length + 2;
    return { unit, boilerplate: undefined, figure: undefined };
  });
}

const kinds = (texts: string[]): string[] => buildBlocks(kept(texts), 'blank-line', NO_POSITIONS).map((block) => block.type);

describe('buildBlocks', () => {
  it('makes a roundup section’s label and headline headings, whatever stands around them', () => {
    expect(kinds([LONG, 'TRANSPORTATION', 'Auto insurance rates skyrocket nationwide', LONG, LONG])).toEqual([
      'paragraph',
      'heading',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    expect(kinds(['TRANSPORTATION', 'Auto insurance rates skyrocket nationwide', LONG])).toEqual(['heading', 'heading', 'paragraph']);
    // Without running text after it, a label and a headline open no section.
    expect(kinds([LONG, 'TRANSPORTATION', 'Auto insurance rates skyrocket nationwide'])).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('reads a long list as one list, and the paragraph after it as a paragraph', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `- Item ${i + 1}: a short line of text for the list`);
    const blocks = buildBlocks(kept(['The items follow.', ...items, LONG]), 'single-newline', NO_POSITIONS);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(blocks[1]).toMatchObject({ type: 'list', ordered: false });
    expect((blocks[1] as { children: unknown[] }).children).toHaveLength(1000);
  });
});
