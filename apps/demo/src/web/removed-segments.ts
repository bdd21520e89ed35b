import type { Removed } from '@copydesk/model';

/** A run of the input text: kept as is, or set aside by the parser (with why). */
export type Segment = { text: string; removed?: Removed };

/**
 * Cut the input into runs so the removed spans can be highlighted, using each span's
 * `position` offsets (0-based, into the decoded input). Spans without a position, or that
 * overlap one already placed, are left out of the highlighting (they are still listed).
 *
 * @example
 * removedSegments('Hi\nAd\n', [{ ..., position: { start: { offset: 3 }, end: { offset: 5 } } }]);
 * // [{ text: 'Hi\n' }, { text: 'Ad', removed }, { text: '\n' }]
 */
export function removedSegments(text: string, removed: readonly Removed[]): Segment[] {
  const placed = removed
    .filter((r) => r.position !== undefined)
    .map((r) => ({ r, start: r.position!.start.offset, end: Math.min(r.position!.end.offset, text.length) }))
    .filter((s) => s.start < s.end && s.start >= 0)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of placed) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), removed: span.r });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** The hover text of a highlighted span: `promo: a call to donate, not part of the story`. */
export function describeRemoved(removed: Removed): string {
  return `${removed.kind}: ${removed.reason}`;
}
