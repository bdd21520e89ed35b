import { type Meta, toPlainText } from '@copydesk/model/core';
import { stringify } from 'yaml';

/**
 * The metadata as written to the front matter: plain data in a fixed key order, absent fields
 * and empty lists left out, the lead image's caption as plain text. Positions and derived
 * statistics are not written.
 *
 * @example
 * frontMatterData({ title: 'T', authors: [{ name: 'A' }], tags: [] }) // { title: 'T', authors: [{ name: 'A' }] }
 */
export function frontMatterData(meta: Meta): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (meta.title !== undefined) data.title = meta.title;
  if (meta.subtitle !== undefined) data.subtitle = meta.subtitle;
  if (meta.authors.length > 0) {
    data.authors = meta.authors.map((author) => {
      const entry: Record<string, string> = { name: author.name };
      if (author.role !== undefined) entry.role = author.role;
      if (author.url !== undefined) entry.url = author.url;
      return entry;
    });
  }
  if (meta.dateline) {
    const { text, place, agency, date } = meta.dateline;
    const entry: Record<string, string> = { text };
    if (place !== null) entry.place = place;
    if (agency !== null) entry.agency = agency;
    if (date !== null) entry.date = date;
    data.dateline = entry;
  }
  if (meta.published !== undefined) data.published = meta.published;
  if (meta.modified !== undefined) data.modified = meta.modified;
  if (meta.language !== undefined) data.language = meta.language;
  if (meta.source) {
    const entry: Record<string, string> = {};
    for (const key of ['name', 'url', 'originalPublisher', 'originalUrl'] as const) {
      const value = meta.source[key];
      if (value !== undefined) entry[key] = value;
    }
    if (Object.keys(entry).length > 0) data.source = entry;
  }
  if (meta.leadImage) {
    const { image, caption, credit } = meta.leadImage;
    const entry: Record<string, string> = {};
    if (image) {
      entry.url = image.url;
      if (image.alt !== undefined) entry.alt = image.alt;
      if (image.title !== undefined) entry.title = image.title;
    }
    if (caption && caption.length > 0) entry.caption = toPlainText(caption);
    if (credit !== undefined) entry.credit = credit;
    if (Object.keys(entry).length > 0) data.leadImage = entry;
  }
  if (meta.tags.length > 0) data.tags = [...meta.tags];
  return data;
}

/** `---`, the metadata as YAML (written by the `yaml` package), `---`; empty when there is none. */
export function frontMatter(meta: Meta): string {
  const data = frontMatterData(meta);
  if (Object.keys(data).length === 0) return '';
  return `---\n${stringify(data, { lineWidth: 0 })}---`;
}
