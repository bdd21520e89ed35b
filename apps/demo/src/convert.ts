import type { Article, Diagnostic } from '@copydesk/model';
import { parseText } from '@copydesk/parser';
import { renderHtml } from '@copydesk/render-html';
import { renderJson } from '@copydesk/render-json';
import { renderMarkdown } from '@copydesk/render-markdown';
import type { ErrorCode } from './error-record.js';
import type { ArticleFormat, Format } from './formats.js';
import { sniffFormat } from './sniff.js';

export interface ConvertOptions {
  /** `html`: full documents instead of fragments. */
  standalone: boolean;
  /** `md`: a YAML front matter with the metadata. */
  frontMatter: boolean;
  /** Keep promos, share lines and other boilerplate in the body instead of setting them aside. */
  keepBoilerplate: boolean;
  /** `auto` sniffs the input; `text` sends everything to the plain-text reader. */
  from: 'text' | 'auto';
}

export type ConvertResult =
  | {
      ok: true;
      /** Rendered per-article outputs, one per requested article format. */
      outputs: Partial<Record<ArticleFormat, string>>;
      /** The article as one compact JSON line, when `ndjson` was requested. */
      ndjsonLine?: string;
      /** The article itself, when a collection format (`jsonfeed`) needs it later. */
      article?: Article;
      warnings: Diagnostic[];
    }
  | { ok: false; code: ErrorCode | string; message: string; diagnostics?: Diagnostic[] };

const READER_MISSING: Record<string, string> = {
  html: 'looks like HTML: the HTML reader is not supported yet (use --from text to read it as plain text)',
  markdown: 'looks like Markdown: the Markdown reader is not supported yet (use --from text to read it as plain text)',
  feed: 'looks like an RSS, Atom or JSON feed: the feed reader is not supported yet',
};

/**
 * Warnings that still make the input a failure for the CLI: the parser decodes binary data "as
 * far as possible" (right for a library), but a batch should report a stray image, not convert it.
 */
const FAILING_WARNINGS: ReadonlySet<string> = new Set(['decode/binary']);

/**
 * Parse one input and render it to every requested format. Never throws: a failure comes back
 * as `{ ok: false }` with a code and a message.
 *
 * An article whose diagnostics include an error (an empty input) or say the input is binary
 * counts as failed: its renderings would be empty or garbage, so the error record carries the
 * diagnostics instead.
 *
 * @example
 * const result = convert(bytes, ['html', 'md'], { standalone: true, frontMatter: false, keepBoilerplate: false, from: 'auto' });
 * if (result.ok) result.outputs.html;
 */
export function convert(input: Uint8Array | string, formats: readonly Format[], options: ConvertOptions, fileName?: string): ConvertResult {
  try {
    if (options.from === 'auto') {
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input.slice(0, 4096)) : input;
      const sniffed = sniffFormat(bytes, fileName);
      const missing = READER_MISSING[sniffed];
      if (missing) return { ok: false, code: 'input/unsupported-format', message: missing };
    }
    const article = parseText(input, { keepBoilerplate: options.keepBoilerplate });
    const errors = article.diagnostics.filter((d) => d.severity === 'error' || FAILING_WARNINGS.has(d.code));
    if (errors.length > 0) {
      const first = errors[0]!;
      return { ok: false, code: first.code, message: errors.map((d) => d.message).join('; '), diagnostics: article.diagnostics };
    }
    const outputs: Partial<Record<ArticleFormat, string>> = {};
    const result: ConvertResult = { ok: true, outputs, warnings: article.diagnostics.filter((d) => d.severity === 'warning') };
    for (const format of formats) {
      if (format === 'html') outputs.html = renderHtml(article, { standalone: options.standalone });
      else if (format === 'md') outputs.md = renderMarkdown(article, { frontMatter: options.frontMatter });
      else if (format === 'json') outputs.json = renderJson(article, { pretty: true });
      else if (format === 'ndjson') result.ndjsonLine = renderJson(article, { pretty: false });
      else if (format === 'jsonfeed') result.article = article;
    }
    return result;
  } catch (error) {
    // A package threw on input it should have turned into diagnostics: keep the batch going, say so.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'convert/exception', message: `could not convert: ${message}` };
  }
}
