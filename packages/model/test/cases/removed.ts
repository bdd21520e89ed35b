import { REMOVED_KINDS } from '../../src/removed.js';
import { type InvalidCase, POSITION, type ValidCase, withRemoved } from './embed-in-article.js';

const span = { type: 'removed', kind: 'promo', text: 'Support the IDF Today', reason: 'A call to action.' };

export const validRemoved: ValidCase[] = [
  ...REMOVED_KINDS.map((kind) => ({ name: `removed span of kind ${kind}`, document: withRemoved({ ...span, kind }) })),
  { name: 'removed span with rule and position', document: withRemoved({ ...span, rule: 'promo/call-to-action', position: POSITION }) },
  { name: 'removed span of empty text', document: withRemoved({ ...span, text: '' }) },
];

export const invalidRemoved: InvalidCase[] = [
  { name: 'removed span of an unknown kind', document: withRemoved({ ...span, kind: 'advert' }), path: '/removed/0/kind' },
  { name: 'removed span with an empty reason', document: withRemoved({ ...span, reason: '' }), path: '/removed/0/reason' },
  { name: 'removed span without a reason', document: withRemoved({ type: 'removed', kind: 'promo', text: 'x' }), path: '/removed/0/reason' },
  { name: 'removed span without text', document: withRemoved({ type: 'removed', kind: 'promo', reason: 'x' }), path: '/removed/0/text' },
  { name: 'removed span of another type', document: withRemoved({ ...span, type: 'paragraph' }), path: '/removed/0/type' },
  { name: 'removed span with a bad position', document: withRemoved({ ...span, position: { start: POSITION.start } }), path: '/removed/0/position/end' },
];
