import type { Diagnostic } from '@copydesk/model/core';

/** Words the renderer writes itself, for articles in other languages. */
export interface HtmlLabels {
  /** Before the author names: "By Jane Roe". */
  by: string;
  /** Between the last two author names: "Jane Roe and John Doe". */
  and: string;
  /** Before the date the article was last changed. */
  updated: string;
  /** Before the original publisher of a syndicated article. */
  originallyPublishedBy: string;
  /** Before the publication the article was found in. */
  source: string;
  /** Title of a document whose article has no title. */
  untitled: string;
}

export const DEFAULT_LABELS: HtmlLabels = {
  by: 'By',
  and: 'and',
  updated: 'Updated',
  originallyPublishedBy: 'Originally published by',
  source: 'Source:',
  untitled: 'Untitled article',
};

export interface RenderHtmlOptions {
  /**
   * Write a whole document (doctype, `<head>` with title, description, canonical link, Open
   * Graph and schema.org JSON-LD) instead of one `<article>` element. Default `false`.
   */
  standalone?: boolean;
  /**
   * With `standalone`, include the built-in stylesheet (screen and print, light and dark) in a
   * `<style>` element. Default `true`; ignored for fragments (use `builtInStylesheet()`).
   */
  stylesheet?: boolean;
  /**
   * The canonical URL of the page, for `<link rel="canonical">`, `og:url` and the JSON-LD `url`.
   * Default: `meta.source.url`. Only absolute `http(s)` URLs are used.
   */
  url?: string;
  /**
   * The `lang` written when the article's `meta.language` is missing or not a BCP 47 tag, for
   * sites that know the language of everything they publish (`'en'`). Default: none, so no
   * `lang` is guessed.
   */
  defaultLanguage?: string;
  /**
   * Added to every heading level: the title is `h1` and a depth-2 subheading `h2` by default;
   * with `headingOffset: 1` they are `h2` and `h3`, for a page that has its own `h1`. Levels
   * stop at `h6`. An integer from 0 to 5.
   */
  headingOffset?: number;
  /** Prefix of every class name the renderer writes (`copydesk-dateline`). Default `'copydesk-'`. */
  classPrefix?: string;
  /**
   * Include the spans the parser set aside (promos, share lines, sign-offs…) in an
   * `<aside hidden>` at the end of the article, each with its kind and reason, for review.
   * Default `false`.
   */
  includeRemoved?: boolean;
  /**
   * `rel` of every link, as space-separated keywords. Default `'noopener noreferrer'`; for
   * untrusted articles use `'nofollow ugc noopener noreferrer'`; `''` writes no `rel`.
   */
  linkRel?: string;
  /** Put block-level elements on their own indented lines. Default `true`; `false` is compact. */
  pretty?: boolean;
  /** Replace the English words the renderer writes ("By", "Updated"…). */
  labels?: Partial<HtmlLabels>;
  /**
   * How a date is shown. Receives the ISO string from the model and the article's language.
   * Default: the calendar date as written, formatted with `Intl.DateTimeFormat` in the
   * article's language (English when it has none): "November 1, 2016".
   */
  formatDate?: (iso: string, language: string | undefined) => string;
  /**
   * Told about each thing the renderer had to leave out or change: a URL with a scheme outside
   * the allow-list (its text is kept), a language tag that is not BCP 47, a date HTML cannot
   * carry, a link nested in a link.
   */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
}

export interface ResolvedOptions {
  standalone: boolean;
  stylesheet: boolean;
  url: string | undefined;
  defaultLanguage: string | undefined;
  headingOffset: number;
  classPrefix: string;
  includeRemoved: boolean;
  linkRel: string | undefined;
  pretty: boolean;
  labels: HtmlLabels;
  formatDate: ((iso: string, language: string | undefined) => string) | undefined;
  onDiagnostic: ((diagnostic: Diagnostic) => void) | undefined;
}

/** The default class prefix. */
export const DEFAULT_CLASS_PREFIX = 'copydesk-';

/**
 * Check options and fill in defaults; a bad option is a `RangeError` that says which and why.
 * Options that set nothing (none given, `{}`, or only `undefined` values) resolve to one
 * object made once, which nothing writes to: most calls pass none, and building the object
 * and its labels for every article showed among the renderer's allocations.
 */
export function resolveOptions(options: RenderHtmlOptions | undefined): ResolvedOptions {
  if (options === undefined || setsNothing(options)) return DEFAULT_OPTIONS;
  return resolveGiven(options);
}

/** Whether every option is `undefined`, so each takes its default. */
function setsNothing(options: RenderHtmlOptions): boolean {
  return (
    options.standalone === undefined &&
    options.stylesheet === undefined &&
    options.url === undefined &&
    options.defaultLanguage === undefined &&
    options.headingOffset === undefined &&
    options.classPrefix === undefined &&
    options.includeRemoved === undefined &&
    options.linkRel === undefined &&
    options.pretty === undefined &&
    options.labels === undefined &&
    options.formatDate === undefined &&
    options.onDiagnostic === undefined
  );
}

function resolveGiven(options: RenderHtmlOptions): ResolvedOptions {
  const headingOffset = options.headingOffset ?? 0;
  if (!Number.isInteger(headingOffset) || headingOffset < 0 || headingOffset > 5) {
    throw new RangeError(`renderHtml: headingOffset must be an integer from 0 to 5, got ${String(headingOffset)}`);
  }
  const classPrefix = options.classPrefix ?? DEFAULT_CLASS_PREFIX;
  if (!isClassPrefix(classPrefix)) {
    throw new RangeError(
      `renderHtml: classPrefix must be letters, digits, "-" and "_", not starting with a digit, got ${JSON.stringify(classPrefix)}`,
    );
  }
  // Most calls leave linkRel at its default, which needs no splitting and checking.
  const linkRel = options.linkRel === undefined ? DEFAULT_LINK_REL : relKeywords(options.linkRel);
  return {
    standalone: options.standalone ?? false,
    stylesheet: options.stylesheet ?? true,
    url: options.url,
    defaultLanguage: options.defaultLanguage,
    headingOffset,
    classPrefix,
    includeRemoved: options.includeRemoved ?? false,
    linkRel,
    pretty: options.pretty ?? true,
    labels: { ...DEFAULT_LABELS, ...options.labels },
    formatDate: options.formatDate,
    onDiagnostic: options.onDiagnostic,
  };
}

/** The default `rel`, already in the form {@link relKeywords} gives. */
const DEFAULT_LINK_REL = 'noopener noreferrer';

/**
 * Every option at its default. `labels` is {@link DEFAULT_LABELS} itself rather than a copy, so
 * a program that changes those words sees them used, as when each call copied them.
 */
const DEFAULT_OPTIONS: ResolvedOptions = Object.freeze({
  ...resolveGiven({}),
  labels: DEFAULT_LABELS,
});

/** `rel` keywords separated by single spaces, `undefined` when there are none; a bad keyword is a `RangeError`. */
function relKeywords(value: string): string | undefined {
  const rel = value.trim().split(/\s+/).filter(Boolean);
  for (const keyword of rel) {
    if (!isRelKeyword(keyword)) throw new RangeError(`renderHtml: linkRel keywords are letters and "-", got ${JSON.stringify(keyword)}`);
  }
  return rel.length === 0 ? undefined : rel.join(' ');
}

/** A prefix that keeps class names valid CSS identifiers without escaping. */
function isClassPrefix(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
    const digit = code >= 0x30 && code <= 0x39;
    if (!(letter || code === 0x2d || code === 0x5f || (digit && i > 0))) return false;
  }
  return !value.startsWith('--') && !/^-\d/.test(value);
}

function isRelKeyword(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i) | 0x20;
    if (!((code >= 0x61 && code <= 0x7a) || value.charCodeAt(i) === 0x2d)) return false;
  }
  return true;
}
