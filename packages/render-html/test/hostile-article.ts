import { type Article, MODEL_VERSION } from '@copydesk/model';

/**
 * An article with `value` in every text, URL and metadata field the model has, including
 * fields a validator would refuse (dates, language), because `renderHtml` must be safe on
 * whatever it is given.
 */
export function hostileArticle(value: string): Article {
  return {
    type: 'article',
    version: MODEL_VERSION,
    meta: {
      title: value,
      subtitle: value,
      authors: [
        { name: value, role: value, url: value },
        { name: `Jane ${value}`, url: value },
      ],
      dateline: { text: value, place: value, agency: value, date: value },
      published: value,
      modified: value,
      language: value,
      source: { name: value, url: value, originalPublisher: value, originalUrl: value },
      leadImage: { type: 'figure', image: { url: value, alt: value, title: value }, caption: [{ type: 'text', value }], credit: value },
      tags: [value, `tag ${value}`],
    },
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value },
          { type: 'emphasis', children: [{ type: 'text', value }] },
          { type: 'strong', children: [{ type: 'text', value }] },
          { type: 'link', url: value, title: value, children: [{ type: 'text', value }] },
          { type: 'break' },
          { type: 'code', value },
        ],
      },
      { type: 'paragraph', boilerplate: { kind: 'promo', reason: value }, children: [{ type: 'text', value }] },
      { type: 'heading', depth: 2, children: [{ type: 'link', url: value, children: [{ type: 'text', value }] }] },
      { type: 'blockquote', attribution: value, children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] },
      {
        type: 'list',
        ordered: true,
        start: 3,
        children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'link', url: value, children: [{ type: 'text', value }] }] }] }],
      },
      { type: 'figure', image: { url: value, alt: value, title: value }, caption: [{ type: 'text', value }], credit: value },
      { type: 'embed', url: value, provider: value, fallback: value },
      { type: 'thematicBreak' },
    ],
    removed: [{ type: 'removed', kind: 'other', text: value, reason: value, rule: value }],
    diagnostics: [],
  };
}
