/** Why a span of the input is not article content. */
export const REMOVED_KINDS = [
  'promo',
  'share',
  'related',
  'syndication',
  'source',
  'signoff',
  'title-repeat',
  'url',
  'byline',
  'credit',
  'other',
] as const;
