import type { Diagnostic } from '@copydesk/model';

/** Why an input produced no output. Codes are stable: scripts may match on them. */
export type ErrorCode =
  | 'input/not-found'
  | 'input/unreadable'
  | 'input/too-large'
  | 'input/directory-loop'
  | 'input/unsupported-format'
  | 'input/would-overwrite'
  | 'input/output-collision'
  | 'article/error'
  | 'ndjson/malformed-line'
  | 'ndjson/bad-record'
  | 'output/unwritable'
  | 'convert/exception';

/**
 * What the CLI writes instead of an output when an input fails: to stderr as a sentence, and as
 * one JSON line in the NDJSON stream or in `errors.ndjson` beside the outputs.
 */
export interface ErrorRecord {
  /** The input's path as the user gave it (relative to where they ran the command), or `-` for stdin. */
  input: string;
  /** 1-based line number in an NDJSON input. */
  line?: number;
  /** The record id from an NDJSON input, when the line had one. */
  id?: string | number;
  error: { code: ErrorCode | string; message: string };
  /** The parser's diagnostics, when the input was parsed but had errors. */
  diagnostics?: Diagnostic[];
}

/** Build a record with its fields in reading order: where, what went wrong, then the detail. */
export function errorRecord(input: string, code: ErrorCode | string, message: string, extra: Pick<ErrorRecord, 'line' | 'id' | 'diagnostics'> = {}): ErrorRecord {
  const { diagnostics, ...where } = extra;
  return { input, ...where, error: { code, message }, ...(diagnostics ? { diagnostics } : {}) };
}

/** One line for stderr: `mosul.bin: binary data, not text (parse/binary)`. */
export function describeError(record: ErrorRecord): string {
  const where = record.line !== undefined ? `${record.input}:${record.line}` : record.input;
  const id = record.id !== undefined ? ` (id ${JSON.stringify(record.id)})` : '';
  return `${where}${id}: ${record.error.message} [${record.error.code}]`;
}
