import type { Article, Author, Block, Dateline, Inline, Paragraph, Source } from '@copydesk/model/core';
import type { ResolvedOptions } from './options.js';

/**
 * How the parts of an article that Markdown has no syntax for become ordinary blocks.
 * Each function returns model nodes, written by the same handlers as the body.
 */

const text = (value: string): Inline => ({ type: 'text', value });

/** Characters that end a dateline: `LISBON (Reuters) -`, `WASHINGTON—`, `OSLO:`. */
const DATELINE_SEPARATORS = new Set(['-', '–', '—', ':', '|']);

/** Split `LISBON (Reuters) -` into the lead-in `LISBON (Reuters)` and the separator ` -`. */
export function splitDateline(value: string): { label: string; separator: string } {
  let end = value.length;
  while (end > 0 && /\s/.test(value[end - 1] as string)) end -= 1;
  let cut = end;
  while (cut > 0 && DATELINE_SEPARATORS.has(value[cut - 1] as string)) cut -= 1;
  if (cut === end) return { label: value.slice(0, end), separator: '' };
  while (cut > 0 && /\s/.test(value[cut - 1] as string)) cut -= 1;
  return { label: value.slice(0, cut), separator: value.slice(cut, end) };
}

/** Append `next` to `inlines`, merging text so the builders' normal form holds. */
function pushInline(inlines: Inline[], next: Inline): void {
  const last = inlines[inlines.length - 1];
  if (last?.type === 'text' && next.type === 'text') inlines[inlines.length - 1] = text(last.value + next.value);
  else if (!(next.type === 'text' && next.value === '')) inlines.push(next);
}

/**
 * The dateline as written, with a spaced hyphen at its end set as an en dash (wire style, and
 * what `@copydesk/render-html` prints); rebuilt from its parts when it has no text.
 */
export function datelineText(dateline: Dateline): string {
  let value = dateline.text.trim();
  if (value === '') {
    const parts = [dateline.place, dateline.date].filter((part): part is string => !!part?.trim());
    const agency = dateline.agency?.trim();
    value = parts.join(', ') + (agency ? `${parts.length > 0 ? ' ' : ''}(${agency})` : '');
    return value === '' ? '' : `${value} –`;
  }
  return value.endsWith(' -') ? `${value.slice(0, -1)}–` : value;
}

/** The dateline lead-in: `**LISBON (Reuters)** –` (bold) or the text alone (plain). */
function datelineInlines(value: string, style: ResolvedOptions['dateline']): Inline[] {
  if (style === 'plain') return [text(value)];
  const { label, separator } = splitDateline(value);
  if (label === '') return [text(value)];
  const inlines: Inline[] = [{ type: 'strong', children: [text(label)] }];
  if (separator !== '') inlines.push(text(separator));
  return inlines;
}

/** The paragraph without the dateline, when a hand-made model still starts it with it. */
function withoutDatelinePrefix(paragraph: Paragraph, dateline: Dateline): Inline[] {
  const prefix = dateline.text.trim();
  const first = paragraph.children[0];
  if (prefix === '' || first?.type !== 'text' || !first.value.startsWith(prefix)) return paragraph.children;
  const rest = first.value.slice(prefix.length).trimStart();
  return rest === '' ? paragraph.children.slice(1) : [text(rest), ...paragraph.children.slice(1)];
}

/**
 * The body with the dateline as the lead-in of its first paragraph (followed by a space), or
 * as a paragraph of its own before the body when it has no paragraph.
 */
export function withDateline(children: readonly Block[], dateline: Dateline | undefined, style: ResolvedOptions['dateline']): readonly Block[] {
  const value = dateline ? datelineText(dateline) : '';
  // The body as it is, not a copy: the caller only reads it.
  if (!dateline || value === '') return children;
  const leadIn = datelineInlines(value, style);
  const index = children.findIndex((block) => block.type === 'paragraph');
  const first = children[index];
  if (first?.type !== 'paragraph') return [{ type: 'paragraph', children: leadIn }, ...children];
  const merged: Inline[] = [];
  for (const node of leadIn) pushInline(merged, node);
  const rest = withoutDatelinePrefix(first, dateline);
  if (rest.length > 0) pushInline(merged, text(' '));
  for (const node of rest) pushInline(merged, node);
  const out = [...children];
  out[index] = { ...first, children: merged };
  return out;
}

function authorInlines(author: Author): Inline[] {
  const name: Inline = author.url ? { type: 'link', url: author.url, children: [text(author.name)] } : text(author.name);
  return author.role ? [name, text(` (${author.role})`)] : [name];
}

/** `By Jane Roe (Staff Writer), John Doe and Ann Poe`, authors with a URL linked. */
export function bylineParagraph(authors: readonly Author[]): Paragraph | undefined {
  if (authors.length === 0) return undefined;
  const children: Inline[] = [text('By ')];
  authors.forEach((author, index) => {
    if (index > 0) pushInline(children, text(index === authors.length - 1 ? ' and ' : ', '));
    for (const node of authorInlines(author)) pushInline(children, node);
  });
  return { type: 'paragraph', children };
}

/** The title as a depth-1 heading, the dek as an emphasised paragraph, then the byline. */
export function headerBlocks(article: Article): Block[] {
  const { title, subtitle, authors } = article.meta;
  const blocks: Block[] = [];
  if (title !== undefined && title !== '') blocks.push({ type: 'heading', depth: 1, children: [text(title)] });
  if (subtitle !== undefined && subtitle !== '') blocks.push({ type: 'paragraph', children: [{ type: 'emphasis', children: [text(subtitle)] }] });
  const byline = bylineParagraph(authors);
  if (byline) blocks.push(byline);
  return blocks;
}

function linkOrText(label: string | undefined, url: string | undefined): Inline | undefined {
  if (url !== undefined && url !== '') return { type: 'link', url, children: [text(label ?? url)] };
  if (label !== undefined && label !== '') return text(label);
  return undefined;
}

/**
 * The source attribution: `Source: [Name](url)` and `Originally published by [Publisher](url)`,
 * one paragraph each, for the parts the model has.
 */
export function attributionBlocks(source: Source | undefined): Block[] {
  if (!source) return [];
  const blocks: Block[] = [];
  const found = linkOrText(source.name, source.url);
  if (found) blocks.push({ type: 'paragraph', children: [text('Source: '), found] });
  const original = linkOrText(source.originalPublisher, source.originalUrl);
  if (original) blocks.push({ type: 'paragraph', children: [text('Originally published by '), original] });
  return blocks;
}
