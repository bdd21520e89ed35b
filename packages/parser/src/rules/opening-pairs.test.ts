import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from './index.js';
import { openingPairs } from './opening-pairs.js';

const readable = (pairs: ReadonlyMap<string, ReadonlySet<number>> | undefined): Record<string, string> | undefined =>
  pairs ? Object.fromEntries([...pairs].map(([first, seconds]) => [first, String.fromCharCode(...[...seconds].sort((a, b) => a - b))])) : undefined;

/** Does `text` pass the pair test that `RuleIndex` makes? */
const admits = (pairs: ReadonlyMap<string, ReadonlySet<number>> | undefined, text: string): boolean =>
  pairs === undefined || !pairs.has(text.charAt(0)) || pairs.get(text.charAt(0))!.has(text.charCodeAt(1));

describe('openingPairs', () => {
  it.each([
    [/^Headline: /, { H: 'e' }],
    [/^(?:Reuter|REUTER|AP)\.?$/, { A: 'P', R: 'Ee' }],
    [/^\(?(?:source|via) ?: /i, { '(': 'SVsv', S: 'Oo', s: 'Oo', V: 'Ii', v: 'Ii' }],
    [/^(?:view|video): ?[A-Z]|^View [A-Z]/, { V: 'i', v: 'i' }],
    [/^[A-Z]{2,3}$/, Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c) => [c, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ']))],
    [/^(?:Figure|Fig\.) \d/, { F: 'i' }],
    [/^× /, { '×': ' ' }],
    [/^Story highlights\b/, { S: 't' }],
    [/^(?=Ab)A[bc]/, { A: 'bc' }],
    [/^a{0}bc/, { b: 'c' }],
    [/^ab{2,}/, { a: 'b' }],
  ])('reads the opening pairs of %s', (pattern, pairs) => {
    expect(readable(openingPairs(pattern))).toEqual(pairs);
  });

  it.each([
    [/^\d{1,6}$/, {}],
    [/^× ?/, {}],
    [/^(?:comments?|\d{1,2}x)$/i, { C: 'Oo', c: 'Oo', ...Object.fromEntries([...'0123456789'].map((d) => [d, '0123456789Xx'])) }],
    [/^(?:é|a)b/i, { A: 'Bb', a: 'Bb' }],
    [/^a(?:|b)c/, { a: 'bc' }],
    [/^a.b/, {}],
    [/^a\wb/, {}],
    [/^a[^b]/, {}],
    [/^a$/, {}],
    [/^\(…\)/i, {}],
  ])('leaves first characters free where a match may end or go on with anything: %s', (pattern, pairs) => {
    expect(readable(openingPairs(pattern))).toEqual(pairs);
  });

  it.each([/^[^\n]{0,500} Buy Now$/, /^\w+/, /x/, /^a|b/, /^a?$/, /^(a)\1/, /^\u00e9x/, /^ab/m, /^ab/u, /^(?<x>a)\k<x>/])('gives up on %s', (pattern) => {
    expect(openingPairs(pattern)).toBeUndefined();
  });

  it('never rules out a line a built-in rule matches', () => {
    for (const rule of BUILT_IN_RULES) {
      const pairs = openingPairs(rule.pattern);
      if (!pairs) continue;
      // Strings the pattern matches, drawn from the pattern itself (flags dropped; case variants added below).
      // The generator knows no `\b`: without it the strings are a wider set, tested below.
      const matching = fc.stringMatching(new RegExp(rule.pattern.source.replace(/\\b/g, '')));
      fc.assert(
        fc.property(matching, fc.boolean(), (text, flip) => {
          const variant = flip && rule.pattern.flags.includes('i') ? text.replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())) : text;
          if (rule.pattern.test(variant)) expect(admits(pairs, variant), `${rule.id}: ${variant}`).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });
});
