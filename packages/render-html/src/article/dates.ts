import { type HtmlElement, h } from '../html-tree.js';
import type { RenderState } from '../state.js';

interface DateParts {
  year: number;
  month: number;
  day: number;
  /** The value in a form HTML's `datetime` accepts. */
  datetime: string;
}

/**
 * Read an ISO 8601 date or date-time as HTML's `datetime` attribute accepts it
 * (https://html.spec.whatwg.org/multipage/text-level-semantics.html#datetime-value): a date,
 * or a date and time with an optional zone. Fractions longer than HTML's three digits are cut.
 * Returns `undefined` for anything else, including dates that do not exist (February 30).
 */
export function parseIsoDate(value: string): DateParts | undefined {
  const digits = (from: number, count: number): number | undefined => {
    let n = 0;
    for (let i = from; i < from + count; i += 1) {
      const code = value.charCodeAt(i);
      if (!(code >= 0x30 && code <= 0x39)) return undefined;
      n = n * 10 + (code - 0x30);
    }
    return n;
  };
  const year = digits(0, 4);
  const month = digits(5, 2);
  const day = digits(8, 2);
  if (year === undefined || month === undefined || day === undefined || value[4] !== '-' || value[7] !== '-') return undefined;
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = value.slice(0, 10);
  if (value.length === 10) return { year, month, day, datetime: date };
  if (value[10] !== 'T' && value[10] !== 't' && value[10] !== ' ') return undefined;
  const hour = digits(11, 2);
  const minute = digits(14, 2);
  if (hour === undefined || minute === undefined || value[13] !== ':' || hour > 23 || minute > 59) return undefined;
  let time = value.slice(11, 16);
  let i = 16;
  if (value[i] === ':') {
    const second = digits(i + 1, 2);
    if (second === undefined || second > 59) return undefined;
    time += value.slice(i, i + 3);
    i += 3;
    if (value[i] === '.') {
      let end = i + 1;
      while (end < value.length && digits(end, 1) !== undefined) end += 1;
      if (end === i + 1) return undefined;
      time += value.slice(i, Math.min(end, i + 4));
      i = end;
    }
  }
  let zone = '';
  if (value[i] === 'Z' || value[i] === 'z') {
    zone = 'Z';
    i += 1;
  } else if (value[i] === '+' || value[i] === '-') {
    const zh = digits(i + 1, 2);
    const colon = value[i + 3] === ':' ? 1 : 0;
    const zm = digits(i + 3 + colon, 2);
    if (zh === undefined || zm === undefined || zh > 23 || zm > 59) return undefined;
    zone = `${value[i]}${value.slice(i + 1, i + 3)}:${value.slice(i + 3 + colon, i + 5 + colon)}`;
    i += 5 + colon;
  }
  if (i !== value.length) return undefined;
  return { year, month, day, datetime: `${date}T${time}${zone}` };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `<time datetime="…">November 1, 2016</time>`: the calendar date as written (not shifted to
 * another zone), in the article's language. A value HTML cannot carry is written as text.
 */
export function renderTime(iso: string, state: RenderState, field: string): HtmlElement {
  const parts = parseIsoDate(iso.trim());
  if (parts === undefined) {
    state.report('render-html/date-not-html', `The ${field} date is not a date HTML can carry, so it is shown as written: ${JSON.stringify(iso.slice(0, 40))}`);
    return h('span', {}, iso);
  }
  const { formatDate } = state.options;
  const shown = formatDate ? formatDate(iso, state.language) : defaultDate(parts, state.language);
  return h('time', { datetime: parts.datetime }, shown);
}

/**
 * Dates already shown, by language and calendar date: formatting costs microseconds even with
 * a ready formatter, and the articles of a batch mostly share a few days.
 */
const SHOWN_DATES = new Map<string, string>();

/** A few years of days in a few languages; cleared when full so a long run cannot grow it without end. */
const MAX_SHOWN_DATES = 4096;

function defaultDate(parts: DateParts, language: string | undefined): string {
  // A language tag never contains a space, so the key cannot be ambiguous.
  const key = `${language ?? ''} ${parts.year}-${parts.month}-${parts.day}`;
  let shown = SHOWN_DATES.get(key);
  if (shown === undefined) {
    shown = formatDay(parts, language);
    if (SHOWN_DATES.size >= MAX_SHOWN_DATES) SHOWN_DATES.clear();
    SHOWN_DATES.set(key, shown);
  }
  return shown;
}

function formatDay(parts: DateParts, language: string | undefined): string {
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (parts.year < 100) date.setUTCFullYear(parts.year);
  try {
    return dateFormat(language ?? 'en').format(date);
  } catch {
    return dateFormat('en').format(date);
  }
}

const DATE_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };

/**
 * Formatters by language, made once: building an `Intl.DateTimeFormat` costs far more than
 * formatting with one, and every article of a batch usually shares a handful of languages.
 * A tag the runtime refuses is not cached, so it throws again and falls back to English above.
 */
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Enough for every language a publisher uses; cleared when full so odd input cannot grow it without end. */
const MAX_DATE_FORMATS = 64;

function dateFormat(language: string): Intl.DateTimeFormat {
  let format = DATE_FORMATS.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, DATE_OPTIONS);
    if (DATE_FORMATS.size >= MAX_DATE_FORMATS) DATE_FORMATS.clear();
    DATE_FORMATS.set(language, format);
  }
  return format;
}
