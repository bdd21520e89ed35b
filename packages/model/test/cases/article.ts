import { type InvalidCase, minimalArticle, type ValidCase } from './embed-in-article.js';

export const validArticles: ValidCase[] = [
  { name: 'the minimal article', document: minimalArticle() },
  { name: 'a later minor version of the same major', document: { ...minimalArticle(), version: '1.4.12' } },
];

const without = (key: string) => Object.fromEntries(Object.entries(minimalArticle()).filter(([k]) => k !== key));

export const invalidArticles: InvalidCase[] = [
  { name: 'another root type', document: { ...minimalArticle(), type: 'document' }, path: '/type' },
  { name: 'no version', document: without('version'), path: '/version' },
  { name: 'a number version', document: { ...minimalArticle(), version: 1 }, path: '/version' },
  { name: 'a version that is not x.y.z', document: { ...minimalArticle(), version: '1.0' }, path: '/version' },
  { name: 'a newer major version', document: { ...minimalArticle(), version: '2.0.0' }, path: '/version' },
  { name: 'an older major version', document: { ...minimalArticle(), version: '0.9.0' }, path: '/version' },
  { name: 'no children', document: without('children'), path: '/children' },
  { name: 'children that are not an array', document: { ...minimalArticle(), children: {} }, path: '/children' },
  { name: 'no removed', document: without('removed'), path: '/removed' },
  { name: 'no diagnostics', document: without('diagnostics'), path: '/diagnostics' },
  { name: 'an unknown root key', document: { ...minimalArticle(), title: 'Misplaced' }, path: '/' },
  { name: 'null', document: null, path: '/' },
  { name: 'an array', document: [], path: '/' },
  { name: 'a string', document: 'article', path: '/' },
];
