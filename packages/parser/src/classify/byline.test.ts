import { describe, expect, it } from 'vitest';
import { matchByline } from './byline.js';

describe('matchByline', () => {
  it.each([
    ['By', 'byline/empty-label', []],
    ['BY:', 'byline/empty-label', []],
    ['Authors:', 'byline/empty-label', []],
    ['By Jane Roe and John Doe', 'byline/by', ['Jane Roe', 'John Doe']],
    ['by Jane Roe', 'byline/by', ['Jane Roe']],
    ['Written by Jane Roe', 'byline/by', ['Jane Roe']],
    ['Story by Jane Roe, Staff Writer', 'byline/by', ['Jane Roe']],
    ['Authors: Jane Roe', 'byline/by', ['Jane Roe']],
    ['Posted by Jane Roe on 19 Sep 2016', 'byline/posted-by', ['Jane Roe']],
    ['posted on May 3 by Jane Roe', 'byline/posted-by', ['Jane Roe']],
    ['Contributed by Jane Roe of www.site.com.', 'byline/contributed-by', ['Jane Roe']],
    ['Jane Roe – Stephen F. Austin State University', 'byline/name-affiliation', ['Jane Roe']],
    ['Andrew M. Duehren et al., Harvard Crimson, November 3, 2016', 'byline/citation', ['Andrew M. Duehren']],
  ])('reads %s', (text, rule, names) => {
    const match = matchByline(text);
    expect(match?.rule).toBe(rule);
    expect(match?.authors.map((a) => a.name)).toEqual(names);
  });

  it.each(['', 'B', 'Byline', 'By the time he arrived, the storm had passed.', 'The senator said so.', 'Harvard Crimson, November 3', '2016'])(
    'sees no byline in %s',
    (text) => {
      expect(matchByline(text)).toBeUndefined();
    },
  );
});
