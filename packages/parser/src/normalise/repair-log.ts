import type { Diagnostic } from '@copydesk/model/core';
import type { PointLookup } from './line-index.js';

/** The kinds of repair the normalisation pass reports, each under its own diagnostic code. */
export type RepairKind = 'entity' | 'mojibake' | 'markup' | 'invisible' | 'space';

/** Diagnostic code of each repair kind. */
export const REPAIR_CODES: Readonly<Record<RepairKind, string>> = {
  entity: 'normalise/entity',
  mojibake: 'normalise/mojibake',
  markup: 'normalise/markup',
  invisible: 'normalise/invisible',
  space: 'normalise/space',
};

/** What a summary counts, in the singular and the plural. */
const SUMMARY_NOUNS: Readonly<Record<RepairKind, readonly [string, string]>> = {
  entity: ['HTML entity decoded', 'HTML entities decoded'],
  mojibake: ['mojibake sequence repaired', 'mojibake sequences repaired'],
  markup: ['HTML tag removed or turned into a break', 'HTML tags removed or turned into breaks'],
  invisible: ['invisible or control character removed', 'invisible or control characters removed'],
  space: ['unusual space turned into a plain space', 'unusual spaces turned into plain spaces'],
};

const ORDER: readonly RepairKind[] = ['mojibake', 'entity', 'markup', 'invisible', 'space'];

interface Detail {
  start: number;
  end: number;
  message: string;
}

/**
 * Collects the repairs of one pass. Only the first `detailLimit` repairs of each kind keep a
 * message and a position; the rest are counted and reported in one summary diagnostic, so a
 * file with 20,000 entities yields a handful of diagnostics, not 20,000.
 */
export class RepairLog {
  private readonly counts: Record<RepairKind, number> = { entity: 0, mojibake: 0, markup: 0, invisible: 0, space: 0 };
  private readonly details: Record<RepairKind, Detail[]> = {
    entity: [],
    mojibake: [],
    markup: [],
    invisible: [],
    space: [],
  };

  constructor(private readonly detailLimit = 10) {}

  /**
   * Count one repair of original `[start, end)`. Returns true when the caller should describe it
   * (with {@link describe}); building messages only then keeps big inputs fast.
   */
  count(kind: RepairKind): boolean {
    return this.counts[kind]++ < this.detailLimit;
  }

  /** Describe the repair just counted. */
  describe(kind: RepairKind, start: number, end: number, message: string): void {
    this.details[kind].push({ start, end, message });
  }

  /** How many repairs of `kind` were counted. */
  total(kind: RepairKind): number {
    return this.counts[kind];
  }

  get empty(): boolean {
    return ORDER.every((kind) => this.counts[kind] === 0);
  }

  /** Info diagnostics, kind by kind: the detailed ones with positions, then a summary if some were left out. */
  toDiagnostics(pointAt: PointLookup): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    for (const kind of ORDER) {
      const code = REPAIR_CODES[kind];
      for (const detail of this.details[kind]) {
        diagnostics.push({
          code,
          severity: 'info',
          message: detail.message,
          position: { start: pointAt(detail.start), end: pointAt(detail.end) },
        });
      }
      const left = this.counts[kind] - this.details[kind].length;
      if (left > 0) {
        diagnostics.push({
          code,
          severity: 'info',
          message: `${left} more ${SUMMARY_NOUNS[kind][left === 1 ? 0 : 1]} (${this.counts[kind]} in all); only the first ${this.details[kind].length} are listed.`,
        });
      }
    }
    return diagnostics;
  }
}
