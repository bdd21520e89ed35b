import type { Diagnostic } from '@copydesk/model';
import { type ErrorRecord, describeError } from './error-record.js';
import { type ProgressBar, formatDuration } from './progress.js';

/**
 * Counts what happened to each input and tells the user: failures always (they are the one
 * thing a batch must not swallow), warnings and the closing summary unless `--quiet`.
 */
export class RunReport {
  ok = 0;
  withWarnings = 0;
  failed = 0;
  readonly records: ErrorRecord[] = [];
  /** Whether each report moves the progress bar; off when the caller counts conversions as they finish instead. */
  ticksProgress = true;
  private readonly started = Date.now();

  constructor(
    private readonly progress: ProgressBar,
    private readonly quiet: boolean,
  ) {}

  succeeded(input: string, warnings: readonly Diagnostic[]): void {
    if (warnings.length === 0) this.ok++;
    else {
      this.withWarnings++;
      if (!this.quiet) for (const w of warnings) this.progress.log(`copydesk: ${input}: warning: ${w.message} [${w.code}]`);
    }
    if (this.ticksProgress) this.progress.tick();
  }

  fail(record: ErrorRecord): void {
    this.failed++;
    this.records.push(record);
    this.progress.log(`copydesk: ${describeError(record)}`);
    if (this.ticksProgress) this.progress.tick();
  }

  /** Say something that is neither a success nor a failure (a note on how the run ended). */
  note(line: string): void {
    this.progress.log(`copydesk: ${line}`);
  }

  /** `12 inputs: 9 ok, 1 with warnings, 2 failed (0.4 s)`. */
  summaryLine(): string {
    const total = this.ok + this.withWarnings + this.failed;
    const elapsed = formatDuration((Date.now() - this.started) / 1000);
    return `${total} input${total === 1 ? '' : 's'}: ${this.ok} ok, ${this.withWarnings} with warnings, ${this.failed} failed (${elapsed})`;
  }

  finish(showSummary: boolean): void {
    this.progress.done();
    if (showSummary && !this.quiet) this.progress.log(`copydesk: ${this.summaryLine()}`);
  }
}
