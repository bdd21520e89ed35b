import { type Article, article } from '@copydesk/model';

/** Placeholder; filled below. */
export function extraArticles(): Record<string, Article> {
  return { minimal: article({ children: ['x'] }) };
}
