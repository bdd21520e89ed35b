import type { Article, Position } from '@copydesk/model';

/** A small seeded generator (mulberry32), so shuffles are reproducible from a fast-check seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deep copy of `value` whose objects have their keys in a random order (arrays keep theirs). */
export function shuffleKeys<T>(value: T, random: () => number): T {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, random)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, random)])) as T;
}

/**
 * A copy of `article` with a made-up position on every node, removed span and diagnostic, on the
 * dateline and in `meta.positions`, so that writing and stripping positions is exercised.
 */
export function withPositions(article: Article): Article {
  let offset = 0;
  const next = (): Position => {
    const start = { line: 1 + Math.floor(offset / 80), column: 1 + (offset % 80), offset };
    offset += 7;
    return { start, end: { line: 1 + Math.floor(offset / 80), column: 1 + (offset % 80), offset } };
  };
  const copy = structuredClone(article);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(record)) if (key !== 'position' && key !== 'positions') walk(child);
    if (typeof record.type === 'string' && record.type !== 'article') record.position = next();
  };
  walk(copy);
  if (copy.meta.dateline) copy.meta.dateline.position = next();
  copy.meta.positions = { title: next(), published: next() };
  copy.diagnostics.push({ code: 'test/position', severity: 'info', message: 'A diagnostic with a position.', position: next() });
  return copy;
}
