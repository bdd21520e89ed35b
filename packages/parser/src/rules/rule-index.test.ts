import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from './index.js';
import type { LineRule } from './rule.js';
import { RuleIndex } from './rule-index.js';

type Zone = 'head' | 'body' | 'tail';

/** `endsWith` compares as the pattern does: ignoring case with the `i` flag. */
function endsWithAsPattern(rule: LineRule, text: string, end: string): boolean {
  return rule.pattern.flags.includes('i') ? new RegExp(`${end.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').test(text) : text.endsWith(end);
}

/** The rule table read as written: every rule in order, each check on its own. */
function firstMatchingRule(rules: readonly LineRule[], text: string, zone: Zone): string | undefined {
  for (const rule of rules) {
    if (text.length > rule.maxLength) continue;
    const at = rule.where ?? 'anywhere';
    if (at === 'head' && zone !== 'head') continue;
    if (at === 'tail' && zone !== 'tail') continue;
    if (rule.endsWith && !rule.endsWith.some((end) => endsWithAsPattern(rule, text, end))) continue;
    if (rule.includes && !rule.includes.some((part) => text.includes(part))) continue;
    const match = rule.pattern.exec(text);
    if (match) return `${rule.id} ${match[0]}`;
  }
  return undefined;
}

const indexed = (index: RuleIndex, text: string, zone: Zone): string | undefined => {
  const found = index.match(text, zone);
  return found ? `${found.rule.id} ${found.match[0]}` : undefined;
};

/** Lines the built-in rules match, and pieces of them, to build near-misses from. */
const SAMPLES = [
  'Reuter', 'REUTER', 'AP', 'RR', '0', '16.8k SHARES Facebook Twitter', 'Facebook Twitter Pinterest', 'Share this:',
  'Headline: Bitcoin soars', '% of readers think this story is Fact. Add your two cents.', 'Support the IDF Today',
  'Advertisement', 'Story Continued Below', 'Read more: Observer', 'Read more: why the vote matters to everyone',
  'Source: Israel in the News', '(Source: Breitbart)', 'Source: https://example.com/a', 'Via: Politico', 'h/t Daily Planet',
  'The post Storm hits coast appeared first on Daily Planet.', 'Delivered by The Daily Sheeple',
  '(Reporting by A; Editing by B)', 'Gabriel Debenedetti contributed to this report.', 'Holley reported from Washington.',
  '{snip}', '[insert]', '***', 'Comments', '7 thoughts on “X” Y says:', 'Copyright 2013 X', 'Story highlights X',
  'Home › POLICE STATE › X', "[Editor's Note Sept. 28, 2016: X]", 'Figure 1 – X', 'October 10, 2013', 'Posted on May 3, 2016',
  '× 101 Things … Buy Now', 'Great deals on everything you need Buy Now!', 'Email: a@b.c', 'Important: Newsmax TV is available on DirecTV',
  '/politicot.com', 'Post navigation', '—More…', 'Video: The Biggest Errors', '[The GOP establishment has failed.]',
  'This article was written by MN Gordon and originally published at Economic Prism',
  'Jane Roe is a writer at the Daily Planet.', 'LifeNews.com is an independent news agency', 'Leave a reply',
  'Click here to get the dispatch', 'Subscribe now and get your free report', 'Want more? CLICK HERE NOW!', 'Want more – CLICK HERE NOW!', 'For details: Click Here.', 'October 31, 2016 at 4:52 AM', '(Before It’s News ®)', 'site-name.co.uk', 'ACS, ACS is the society','By subscribing to our list', 'Sign up for our newsletter',
  'Why wait? Spread the word', 'Want more – click here', 'redOrbit.com', 'Before It’s News ©', '3-6-16', '6:45 PM',
  'October 31, 2016 at 4:52 am', 'SUPPORT 21WIRE SUBSCRIBE', 'From TruthFeed:', 'Continue this story at Huff Post',
  'The senator said on Tuesday that the bill would pass.', 'A storm hit the coast of Portugal on Monday',
];

describe('RuleIndex', () => {
  const index = new RuleIndex(BUILT_IN_RULES);
  const zones: Zone[] = ['head', 'body', 'tail'];

  it('finds what reading the table in order finds, on the sample lines', () => {
    for (const text of SAMPLES) for (const zone of zones) expect(indexed(index, text, zone), `${zone}: ${text}`).toBe(firstMatchingRule(BUILT_IN_RULES, text, zone));
  });

  it('finds what reading the table in order finds, on lines made of pieces of them', () => {
    const piece = fc.oneof(
      fc.constantFrom(...SAMPLES),
      fc.constantFrom(...SAMPLES).chain((s) => fc.tuple(fc.nat(s.length), fc.nat(s.length)).map(([a, b]) => s.slice(Math.min(a, b), Math.max(a, b)))),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(' ', ': ', '. ', '.', ' is a ', ' was ', ' reported from ', 'Buy Now', 'report.', 'x'.repeat(120), 'y '.repeat(350)),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), fc.constantFrom(...zones), (pieces, zone) => {
        const text = pieces.join('');
        expect(indexed(index, text, zone)).toBe(firstMatchingRule(BUILT_IN_RULES, text, zone));
      }),
      { numRuns: 4000 },
    );
  });

  it('has prefilters that never rule out a line the pattern matches', () => {
    const piece = fc.oneof(
      fc.constantFrom(...SAMPLES, 'john.doe@example.com', 'Skype : janeroe', 'Like it? share this now', 'Wow! Get the word out'),
      fc.string({ maxLength: 10 }),
      fc.constantFrom(' ', ':', '@', '? ', '! ', ' is ', ' was ', ' reported from ', ' appeared first on ', ' TV is available on ', 'Buy Now'),
    );
    const holds = (rule: LineRule, text: string): boolean =>
      (!rule.endsWith || rule.endsWith.some((end) => endsWithAsPattern(rule, text, end))) && (!rule.includes || rule.includes.some((part) => text.includes(part)));
    const filtered = BUILT_IN_RULES.filter((rule) => rule.endsWith || rule.includes);
    for (const text of SAMPLES) for (const rule of filtered) if (rule.pattern.test(text)) expect(holds(rule, text), `${rule.id}: ${text}`).toBe(true);
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (pieces) => {
        const text = pieces.join('');
        for (const rule of filtered) if (rule.pattern.test(text)) expect(holds(rule, text), `${rule.id}: ${text}`).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the table order and the limits of rules given by a caller', () => {
    const rules: LineRule[] = [
      { id: 'user/short', kind: 'promo', reason: 'r', pattern: /^Buy/, maxLength: 10 },
      { id: 'user/any', kind: 'promo', reason: 'r', pattern: /Buy/, maxLength: Number.NaN },
      { id: 'user/tail', kind: 'promo', reason: 'r', pattern: /^Buy/, maxLength: 100, where: 'tail' },
      ...BUILT_IN_RULES,
    ];
    const userIndex = new RuleIndex(rules);
    for (const text of ['Buy it', 'Buy it now, or later, or never', 'Now Buy', '', 'Buy Now', ...SAMPLES]) {
      for (const zone of zones) expect(indexed(userIndex, text, zone), `${zone}: ${text}`).toBe(firstMatchingRule(rules, text, zone));
    }
  });

  it('reads first and second characters beyond ASCII and outside the BMP as the table does', () => {
    const rules: LineRule[] = [
      { id: 'user/emoji', kind: 'promo', reason: 'r', pattern: /^😀 Deal/, maxLength: 100 },
      { id: 'user/emoji-pair', kind: 'promo', reason: 'r', pattern: /^\ud83d[\ude00-\ude10]x/, maxLength: 100 },
      { id: 'user/quote', kind: 'promo', reason: 'r', pattern: /^“’[a-z]/, maxLength: 100 },
      { id: 'user/one', kind: 'promo', reason: 'r', pattern: /^\ud83d$|^é$/, maxLength: 100 },
      ...BUILT_IN_RULES,
    ];
    const userIndex = new RuleIndex(rules);
    const unit = fc.constantFrom('😀', '😁', '\ud83d', '\ude00', '“', '’', 'é', 'x', ' ', 'Deal', 'a', 'A', 'Source: ', '\u00a0');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 5 }), fc.constantFrom(...zones), (pieces, zone) => {
        const text = pieces.join('');
        expect(indexed(userIndex, text, zone)).toBe(firstMatchingRule(rules, text, zone));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['', '😀 Deal', '\ud83d\ude05x', '\ud83d', 'é', '“’s', '“’S']) {
      for (const zone of zones) expect(indexed(userIndex, text, zone), `${zone}: ${text}`).toBe(firstMatchingRule(rules, text, zone));
    }
  });
});
