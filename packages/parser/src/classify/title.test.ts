import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTitle } from './title.js';

describe('readTitle', () => {
  it.each([
    ['Storm hits coast', { title: 'Storm hits coast' }],
    ['Storm hits coast ⋆ Freedom Daily', { title: 'Storm hits coast', siteName: 'Freedom Daily' }],
    ['Storm hits the coast – Daily News', { title: 'Storm hits the coast', siteName: 'Daily News' }],
    ['Storm hits the coast - and leaves', { title: 'Storm hits the coast - and leaves' }],
    ['BREAKING: Storm | Site', { title: 'BREAKING: Storm', siteName: 'Site' }],
  ])('reads %j', (line, title) => {
    expect(readTitle(line)).toEqual(title);
  });

  it('keeps a line with no separator whole', () => {
    const separatorFree = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '-', '|', '—', '⋆', '.', 'x') }).filter((t) => !/ [⋆‹›*|«»–—-] /.test(t));
    fc.assert(
      fc.property(separatorFree, (line) => {
        expect(readTitle(line)).toEqual({ title: line });
      }),
    );
  });
});
