import type { LineRule } from './rule.js';

/** Footers that say where a syndicated article first appeared. */
export const SYNDICATION_RULES: readonly LineRule[] = [
  // WordPress RSS footer; the publisher is kept as source.originalPublisher.
  {
    id: 'syndication/appeared-first-on',
    kind: 'syndication',
    reason: 'WordPress syndication footer ("The post … appeared first on …"); its publisher is kept as source.originalPublisher.',
    pattern: /^The post [^\n]{1,400} appeared first on (?<publisher>[^\n]{1,200})$/,
    includes: [' appeared first on '],
    maxLength: 700,
  },
  {
    id: 'syndication/originally-published',
    kind: 'syndication',
    reason: 'Syndication note ("originally published at/on …"); its publisher is kept as source.originalPublisher.',
    pattern:
      /^(?:this (?:article|story|post|piece) )?(?:was )?(?:written by (?<names>[^\n]{1,80}) and )?(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by) (?<publisher>[^\n]{1,200})$/i,
    maxLength: 400,
  },
  {
    id: 'syndication/originally-published',
    kind: 'syndication',
    reason: 'Syndication note ("originally published at/on …"); its publisher is kept as source.originalPublisher.',
    pattern: /^This (?:article|story|post) was (?:originally )?(?:written by (?<names>[^\n]{1,80}) and )?(?:originally )?published (?:at|on|by|in) (?<publisher>[^\n]{1,200})$/i,
    maxLength: 400,
  },
  // "This article has been contributed by SHTF Plan. Visit www.SHTFplan.com …".
  {
    id: 'syndication/contributed-by-site',
    kind: 'syndication',
    reason: 'A note that the article was contributed by another site; that site is kept as source.originalPublisher.',
    pattern: /^This (?:article|post|story) (?:has been|was) contributed by (?<publisher>[^.\n]{2,60})\./,
    maxLength: 400,
  },
  // "This piece was originally produced for and posted by MNI News."
  {
    id: 'syndication/originally-published',
    kind: 'syndication',
    reason: 'Syndication note ("originally published at/on …"); its publisher is kept as source.originalPublisher.',
    pattern: /^This (?:piece|article|post|story) was originally (?:produced|written|published|posted) (?:for|by|on|at) (?:and (?:posted|published) by )?(?<publisher>[^\n.]{2,60})\.?$/,
    maxLength: 200,
  },
  // Content-farm relay note: "Delivered by The Daily Sheeple".
  {
    id: 'syndication/delivered-by',
    kind: 'syndication',
    reason: 'A relay note ("Delivered by …") naming the site that passed the article on.',
    pattern: /^Delivered by [A-Z][^\n]{1,60}$/,
    maxLength: 80,
  },
  {
    id: 'syndication/republished',
    kind: 'syndication',
    reason: 'A republication notice naming the original publisher.',
    pattern: /^(?:Republished|Reprinted) (?:with permission )?(?:from|by) (?<publisher>[^.\n]{1,80})[^\n]{0,200}$/,
    maxLength: 300,
  },
];
