import type { Diagnostic, Point, Position } from '@copydesk/model/core';
import { cp1252CharCode, isUndefinedInCp1252 } from '../decode/cp1252.js';
import { CharClass, charClass, isContinuationChar, normaliseRepairedText } from './char-class.js';
import { EntityReader } from './entity.js';
import { FAST_PATH_STOP } from './fast-path.js';
import { createLineIndex, type PointLookup } from './line-index.js';
import { TagReader, type TagEffect } from './markup.js';
import { MojibakeReader } from './mojibake.js';
import { OffsetMapBuilder } from './offset-map.js';
import { RepairLog, type RepairKind } from './repair-log.js';
import { TextBuilder } from './text-builder.js';

/**
 * The input after the one normalisation pass every reader shares, with the map back to the
 * original so that model positions point into what the user gave us.
 */
export interface NormalisedText {
  /** The decoded input, as positions refer to it. */
  original: string;
  /** Normalised: LF line ends only, odd spaces as spaces, invisibles removed, entities decoded, mojibake repaired. */
  text: string;
  /** The original offset of a normalised offset (`text.length` maps to `original.length`). */
  toOriginal(offset: number): number;
  /** Line and column (1-based) of an original offset. */
  pointAt(originalOffset: number): Point;
  /** The original position of the normalised range [start, end). */
  positionOf(start: number, end: number): Position;
  diagnostics: Diagnostic[];
  /**
   * The normalised offset of an original offset. A character that was removed or repaired maps
   * to where its replacement starts (or to what follows, past its end).
   */
  fromOriginal(originalOffset: number): number;
  /** How many repairs of each kind were made (diagnostics list only the first ten of each). */
  repairs: Readonly<Record<RepairKind, number>>;
  /** Every replacement made, in order; only with the `trackReplacements` option. */
  replacements?: Replacement[];
}

/** One replacement: original `[originalStart, originalEnd)` became normalised `[start, end)`. */
export interface Replacement {
  kind: RepairKind | 'line-ending';
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
}

/** Options of {@link normaliseText}. */
export interface NormaliseOptions {
  /** How many repairs of each kind get their own diagnostic before one summary counts the rest (default 10). */
  diagnosticsPerKind?: number;
  /** List every replacement in `replacements` (for tests and tools that show the changes; costs memory). */
  trackReplacements?: boolean;
}

/**
 * Normalise `original` in one pass, keeping the offset map back to it:
 *
 * - line ends: CRLF and CR become LF; U+2028, vertical tab and form feed become LF, and
 *   U+2029 a blank line;
 * - spaces: no-break and typographic spaces (U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F,
 *   U+3000) become a space; a tab inside a line becomes a space, while tabs that indent a line
 *   are kept, as layout detection reads indentation;
 * - invisibles: zero-width space, word joiner, invisible operators, soft hyphen, BOMs, C0
 *   controls other than tab and line ends, DEL and the five undefined C1 controls are removed; ZWNJ and
 *   ZWJ too, unless they sit between two non-ASCII characters (Persian, Indic scripts, emoji
 *   sequences need them); bidirectional marks are kept;
 * - C1 controls U+0080–U+009F that Windows-1252 defines (Windows-1252 read as Latin-1) become
 *   their Windows-1252 characters (`U+0092` → `’`);
 * - HTML entities: named (the full HTML5 table), decimal and hex, and the legacy ones without
 *   a semicolon where a browser would decode them in an attribute (see {@link EntityReader});
 * - stray tags of known HTML elements and comments are removed; `<br>`, `<li>` become a line
 *   break, and `<p>`, `<div>`, headings and other blocks a blank line, when text stands on both
 *   sides of them on the line (see {@link TagReader});
 * - mojibake (UTF-8 read as Windows-1252 or Latin-1, up to three times over) is repaired (see
 *   {@link MojibakeReader}).
 *
 * Each repair other than line ends is an info diagnostic (`normalise/entity`,
 * `normalise/mojibake`, `normalise/markup`, `normalise/invisible`, `normalise/space`) with its
 * position in the original; after ten of a kind one summary diagnostic counts the rest.
 * Plain text is copied in long slices, and the offset map only holds an anchor where offsets
 * shift, so the pass is linear and cheap on clean input.
 *
 * @example
 * const n = normaliseText('Caf\u00c3\u00a9 &amp; bar\r\n');
 * n.text; // 'Café & bar\n'
 * n.toOriginal(5); // 6: the `&` of `&amp;`
 * n.diagnostics.map((d) => d.code); // ['normalise/mojibake', 'normalise/entity']
 */
export function normaliseText(original: string, options: NormaliseOptions = {}): NormalisedText {
  const pass = new NormalisePass(original, options.diagnosticsPerKind ?? 10, options.trackReplacements === true);
  pass.run();
  return pass.result();
}

/**
 * The one mojibake reader every pass shares: it keeps a run's repairs in arrays it reuses. A
 * pass runs to its end without handing control to anything that could start another, and
 * reads a new run only once the cursor is past every repair of the last one.
 */
const MOJIBAKE = new MojibakeReader();

/** State of one normalisation pass over one input. */
class NormalisePass {
  private readonly text = new TextBuilder();
  /** Start of the original characters not yet copied to `text` (all plain so far). */
  private copyFrom = 0;
  private readonly offsets = new OffsetMapBuilder();
  private readonly log: RepairLog;
  // Made on first use: most texts have no `&` or `<` at all.
  private entities: EntityReader | undefined;
  private tags: TagReader | undefined;

  /**
   * The repairs of the last mojibake run read (in {@link MOJIBAKE}), applied when the cursor
   * reaches each one's start; the next to look at, and how many there are.
   */
  private nextMojibakeRepair = 0;
  private mojibakeRepairCount = 0;
  /** End of the last run searched for mojibake: lead characters before it were judged already. */
  private mojibakeSearchedUntil = 0;

  /** Offset just past the last tag removed, and the state of its line after it. */
  private lastTagEnd = -1;
  private lastTagLeftTextOnLine = false;
  private lastTagBreaks = 0;

  /** The last tab judged, and whether it was indentation. */
  private lastTab = -1;
  private lastTabIndented = false;

  /** Every replacement, when tracked. */
  private readonly replacements: Replacement[] | undefined;

  constructor(
    private readonly original: string,
    detailLimit: number,
    trackReplacements: boolean,
  ) {
    this.log = new RepairLog(detailLimit);
    this.replacements = trackReplacements ? [] : undefined;
  }

  run(): void {
    const s = this.original;
    const length = s.length;
    // The fast path: nothing to do for most characters, which are copied in one slice later.
    // A native search jumps from one character that needs a look to the next (about one in two
    // thousand in news text) instead of a JavaScript test of every character.
    const special = FAST_PATH_STOP;
    let i = 0;
    while (i < length) {
      special.lastIndex = i;
      if (!special.test(s)) break;
      const at = special.lastIndex - 1;
      i = this.handle(at, s.charCodeAt(at));
    }
    this.flush(length);
  }

  /** Deal with the special character `c` at `i`; returns where to carry on. */
  private handle(i: number, c: number): number {
    const s = this.original;
    switch (charClass(c)) {
      case CharClass.Plain:
        return i + 1;
      case CharClass.CarriageReturn: {
        const end = s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        this.replace(i, end, '\n', 'line-ending');
        return end;
      }
      case CharClass.LineSeparator:
        this.replace(i, i + 1, '\n', 'line-ending');
        return i + 1;
      case CharClass.ParagraphSeparator:
        this.replace(i, i + 1, '\n\n', 'line-ending');
        return i + 1;
      case CharClass.Tab:
        if (this.tabIndents(i)) return i + 1;
        this.repair('space', i, i + 1, ' ', 'a tab inside a line', -1);
        return i + 1;
      case CharClass.OddSpace:
        this.repair('space', i, i + 1, ' ', 'the unusual space', c);
        return i + 1;
      case CharClass.Control:
        this.repair('invisible', i, i + 1, '', 'the control character', c);
        return i + 1;
      case CharClass.Invisible:
        this.repair('invisible', i, i + 1, '', 'the invisible character', c);
        return i + 1;
      case CharClass.Joiner:
        if (i > 0 && s.charCodeAt(i - 1) > 0x7f && s.charCodeAt(i + 1) > 0x7f && !isSpace(s.charCodeAt(i - 1))) {
          return i + 1;
        }
        this.repair('invisible', i, i + 1, '', 'the invisible character', c);
        return i + 1;
      case CharClass.C1Control:
        if (isUndefinedInCp1252(c)) {
          this.repair('invisible', i, i + 1, '', 'the control character', c);
        } else {
          const value = String.fromCharCode(cp1252CharCode(c));
          this.repair('mojibake', i, i + 1, value, 'the C1 control', c, ' (Windows-1252 text read as Latin-1)');
        }
        return i + 1;
      case CharClass.Ampersand:
        return this.entity(i);
      case CharClass.LessThan:
        return this.tag(i);
      case CharClass.MojibakeLead:
        return this.mojibake(i, c);
    }
  }

  private entity(i: number): number {
    this.entities ??= new EntityReader();
    let end = this.entities.readAt(this.original, i);
    if (end < 0) return i + 1;
    let raw = this.entities.value;
    if (raw === '\r') {
      // `&#13;&#10;` and `&#13;` before a real LF are one line end, as CRLF is.
      if (this.original.charCodeAt(end) === 10) raw = '';
      else {
        const next = this.entities.readAt(this.original, end);
        if (next > 0 && this.entities.value === '\n') {
          end = next;
          raw = '\n';
        }
      }
    }
    const value = normaliseRepairedText(raw);
    if (this.log.count('entity')) {
      const source = this.original.slice(i, end);
      this.log.describe('entity', i, end, `Decoded the HTML entity \`${source}\` as ${describeValue(value)}.`);
    }
    this.replace(i, end, value, 'entity');
    return end;
  }

  private mojibake(i: number, c: number): number {
    const s = this.original;
    // Repairs found by an earlier look at this run.
    while (this.nextMojibakeRepair < this.mojibakeRepairCount && MOJIBAKE.startOf(this.nextMojibakeRepair) < i) {
      this.nextMojibakeRepair++;
    }
    if (this.nextMojibakeRepair < this.mojibakeRepairCount && MOJIBAKE.startOf(this.nextMojibakeRepair) === i) {
      return this.applyMojibake(this.nextMojibakeRepair++);
    }
    if (i < this.mojibakeSearchedUntil) return i + 1;
    const next = s.charCodeAt(i + 1);
    if (!isContinuationChar(next) && !(c === 0xc2 && next === 0x20)) return i + 1;
    this.mojibakeSearchedUntil = MOJIBAKE.read(s, i);
    this.mojibakeRepairCount = MOJIBAKE.repairCount;
    this.nextMojibakeRepair = 0;
    if (this.mojibakeRepairCount > 0 && MOJIBAKE.startOf(0) === i) {
      this.nextMojibakeRepair = 1;
      return this.applyMojibake(0);
    }
    return i + 1;
  }

  /** Apply repair `k` of the last mojibake run read; returns the original offset past it. */
  private applyMojibake(k: number): number {
    const start = MOJIBAKE.startOf(k);
    const end = MOJIBAKE.endOf(k);
    const value = normaliseRepairedText(MOJIBAKE.valueOf(k));
    if (this.log.count('mojibake')) {
      const source = this.original.slice(start, end);
      const message = `Repaired mojibake (UTF-8 read as Windows-1252): \`${source}\` as ${describeValue(value)}.`;
      this.log.describe('mojibake', start, end, message);
    }
    this.replace(start, end, value, 'mojibake');
    return end;
  }

  private tag(i: number): number {
    const s = this.original;
    this.tags ??= new TagReader();
    const match = this.tags.readAt(s, i);
    if (!match) return i + 1;
    // Is there text before the tag on its line (looking past tags removed just before)?
    let before = i;
    while (before > 0 && isBlank(s.charCodeAt(before - 1)) && before !== this.lastTagEnd) before--;
    let textBefore: boolean;
    let chainedBreaks = 0;
    if (before === this.lastTagEnd) {
      textBefore = this.lastTagLeftTextOnLine;
      chainedBreaks = this.lastTagBreaks;
    } else {
      const previous = before > 0 ? s.charCodeAt(before - 1) : 10;
      textBefore = previous !== 10 && previous !== 13;
    }
    // And after it, up to the line end?
    let after = match.end;
    while (after < s.length && isBlank(s.charCodeAt(after))) after++;
    const textAfter = after < s.length && s.charCodeAt(after) !== 10 && s.charCodeAt(after) !== 13;

    const wanted = breaksFor(match.effect);
    let breaks = 0;
    let value = '';
    if (match.effect === 'cell') {
      if (textBefore && textAfter) value = ' ';
    } else if (wanted > 0 && textAfter) {
      if (textBefore) breaks = wanted;
      // `<br><br>` or `<li>…<br><p>`: a later tag in a chain adds what the first one did not.
      else if (chainedBreaks > 0) breaks = Math.max(0, Math.min(2, chainedBreaks + (match.name === 'br' ? 1 : wanted)) - chainedBreaks);
      value = '\n'.repeat(breaks);
    }
    let start = i;
    let end = match.end;
    if (value !== '') {
      // The blanks around a tag that becomes a break would trail one line and indent the next.
      start = Math.max(before, this.copyFrom);
      end = after;
    }
    if (this.log.count('markup')) {
      const source = s.slice(i, match.end);
      const message =
        value === '' ? `Removed the HTML tag \`${source}\`.` : `Replaced the HTML tag \`${source}\` with ${describeValue(value)}.`;
      this.log.describe('markup', start, end, message);
    }
    this.replace(start, end, value, 'markup');
    this.lastTagEnd = end;
    // After a break or a cell's space the line has nothing that another tag needs separating from.
    this.lastTagLeftTextOnLine = value === '' ? textBefore : false;
    this.lastTagBreaks = value === '' || value === ' ' ? chainedBreaks : chainedBreaks + breaks;
    return end;
  }

  /** Whether the tab at `i` stands in a line's leading whitespace (indentation, kept). */
  private tabIndents(i: number): boolean {
    const s = this.original;
    let k = i - 1;
    let indented: boolean;
    for (;;) {
      if (k < 0) {
        indented = true;
        break;
      }
      if (k === this.lastTab) {
        indented = this.lastTabIndented;
        break;
      }
      const c = s.charCodeAt(k);
      if (c === 10 || c === 13) {
        indented = true;
        break;
      }
      if (c !== 0x20 && c !== 0x09) {
        indented = false;
        break;
      }
      k--;
    }
    this.lastTab = i;
    this.lastTabIndented = indented;
    return indented;
  }

  /**
   * Replace original `[start, end)` by `value`, counting it as a repair of `kind`. The message,
   * built only for the repairs that get one, names `noun`, the code point `code` (if ≥ 0) and `why`.
   */
  private repair(kind: RepairKind, start: number, end: number, value: string, noun: string, code: number, why = ''): void {
    if (this.log.count(kind)) {
      const what = `${noun}${code >= 0 ? ` ${codePointName(code)}` : ''}${why}`;
      const message = value === '' ? `Removed ${what}.` : `Replaced ${what} with ${describeValue(value)}.`;
      this.log.describe(kind, start, end, message);
    }
    this.replace(start, end, value, kind);
  }

  /** Copy the plain characters before `start`, then write `value` for original `[start, end)`. */
  private replace(start: number, end: number, value: string, kind: Replacement['kind']): void {
    this.flush(start);
    this.replacements?.push({ kind, start: this.text.length, end: this.text.length + value.length, originalStart: start, originalEnd: end });
    this.offsets.replace(this.text.length, start, end, value.length);
    this.text.append(value);
    this.copyFrom = end;
  }

  private flush(upTo: number): void {
    if (upTo > this.copyFrom) {
      this.text.append(this.original.slice(this.copyFrom, upTo));
      this.copyFrom = upTo;
    }
  }

  result(): NormalisedText {
    const { original, log } = this;
    const text = this.text.toString();
    const map = this.offsets.build(text.length, original.length);
    let lineIndex: PointLookup | undefined;
    const pointAt = (originalOffset: number): Point => {
      lineIndex ??= createLineIndex(original);
      return lineIndex(originalOffset);
    };
    const toOriginal = (offset: number): number => map.toOriginal(offset);
    const repairs = {
      entity: log.total('entity'),
      mojibake: log.total('mojibake'),
      markup: log.total('markup'),
      invisible: log.total('invisible'),
      space: log.total('space'),
    };
    return {
      original,
      text,
      toOriginal,
      fromOriginal: (originalOffset: number): number => map.fromOriginal(originalOffset),
      pointAt,
      positionOf: (start: number, end: number): Position => {
        const from = toOriginal(Math.min(start, end));
        // Every position gets points of its own, even where two end together (a list item and its
        // paragraph): callers may shift a node's points in place, and a shared point would move twice.
        return { start: pointAt(from), end: pointAt(Math.max(from, toOriginal(end))) };
      },
      diagnostics: log.empty ? [] : log.toDiagnostics(pointAt),
      repairs,
      ...(this.replacements ? { replacements: this.replacements } : {}),
    };
  }
}

function breaksFor(effect: TagEffect): number {
  return effect === 'paragraph' ? 2 : effect === 'line' ? 1 : 0;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

function isSpace(c: number): boolean {
  return c <= 0x20 || charClass(c) === CharClass.OddSpace;
}

function codePointName(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** How a message shows a replacement: visible text in quotes, whitespace by name. */
function describeValue(value: string): string {
  if (value === '') return 'nothing (removed)';
  if (value === ' ') return 'a space';
  if (value === '\n') return 'a line break';
  if (value === '\n\n') return 'a paragraph break';
  return `“${value}”`;
}
