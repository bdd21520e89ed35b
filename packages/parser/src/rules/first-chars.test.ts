import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from './index.js';
import { firstChars } from './first-chars.js';

const sorted = (set: ReadonlySet<string> | undefined): string[] | undefined => (set ? [...set].sort() : undefined);

describe('firstChars', () => {
  it.each([
    [/^Headline: /, ['H']],
    [/^(?:Reuter|REUTER|AP)\.?$/, ['A', 'R']],
    [/^\(?(?:source|via) ?: /i, ['(', 'S', 'V', 's', 'v']],
    [/^[\d.,]{1,9}[kK]? SHARES/, [',', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
    [/^%? ?of readers/, [' ', '%', 'o']],
    [/^(?<names>[A-Z][a-z]+)/, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')],
    [/^× /, ['×']],
    [/^(?:view|video): ?[A-Z]|^View [A-Z]/, ['V', 'v']],
  ])('reads the first characters of %s', (pattern, chars) => {
    expect(sorted(firstChars(pattern))).toEqual(chars);
  });

  it.each([/^[^\n]{0,500} Buy Now$/, /^\w+/, /^(?:a|)b/, /^.*x/, /x/, /^a?$/, /^(?=a)b/, /^a|b/])('gives up on %s', (pattern) => {
    const result = firstChars(pattern);
    if (pattern.source === '^(?:a|)b') expect(sorted(result)).toEqual(['a', 'b']);
    else expect(result).toBeUndefined();
  });

  it('never rules out a line a built-in rule matches', () => {
    const samples = [
      'Reuter', 'REUTER', 'Headline: Bitcoin', '% of readers think this story is Fact. Add your two cents.', 'Support the IDF Today',
      'Advertisement', 'Story Continued Below', '16.8k SHARES', 'Facebook Twitter', 'Share this:', 'Read more: Observer',
      'Source: Israel in the News', '(Source: Breitbart)', 'Via: Politico', 'h/t Daily Planet', 'The post X appeared first on Y.',
      'Delivered by The Daily Sheeple', '(Reporting by A; Editing by B)', 'Gabriel Debenedetti contributed to this report.',
      '{snip}', '[insert]', '***', 'Comments', '7 thoughts on “X” Y says:', 'Copyright 2013 X', 'Story highlights X',
      'Home › POLICE STATE › X', '[Editor\'s Note Sept. 28, 2016: X]', 'Figure 1 – X', 'October 10, 2013', 'RR',
      '× 101 Things … Buy Now', 'Email: a@b.c', 'Important: Newsmax TV is available on DirecTV', '/politicot.com',
      'Post navigation', '—More…', 'Video: The Biggest Errors', '[The GOP establishment has failed.]',
      'This article was written by MN Gordon and originally published at Economic Prism',
      'Jane Roe is a writer at the Daily Planet.', 'Leave a reply', 'Click here to get the dispatch',
    ];
    for (const text of samples) {
      for (const rule of BUILT_IN_RULES) {
        if (!rule.pattern.test(text)) continue;
        const chars = firstChars(rule.pattern);
        if (chars) expect(chars.has(text[0]!), `${rule.id} on ${text}`).toBe(true);
      }
    }
  });
});
