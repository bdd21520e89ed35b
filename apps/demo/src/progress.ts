/** Where the CLI reports: stderr, possibly a terminal. */
export interface ReportStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const REDRAW_EVERY_MS = 100;

/**
 * A one-line progress bar on stderr (count, rate, ETA), drawn only on a terminal. Messages go
 * through `log`, which clears the bar, prints the line, and lets the next tick redraw it.
 *
 * @example
 * const progress = new ProgressBar(process.stderr, 120);
 * progress.tick(); progress.log('a.txt: warning …'); progress.done();
 */
export class ProgressBar {
  private count = 0;
  private lastDraw = 0;
  private drawn = false;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(
    private readonly stream: ReportStream,
    private readonly total: number,
    enabled = true,
  ) {
    this.enabled = enabled && stream.isTTY === true && total > 1;
  }

  tick(): void {
    this.count++;
    const now = Date.now();
    if (this.enabled && (now - this.lastDraw >= REDRAW_EVERY_MS || this.count === this.total)) this.draw(now);
  }

  log(line: string): void {
    this.clear();
    this.stream.write(`${line}\n`);
  }

  done(): void {
    this.clear();
  }

  private clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.count / seconds : 0;
    const eta = rate > 0 ? (this.total - this.count) / rate : 0;
    const text = ` ${this.count}/${this.total}  ${rate.toFixed(1)}/s  ETA ${formatDuration(eta)}`;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - text.length - 3));
    const filled = Math.round((this.count / this.total) * width);
    this.stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${text}`);
    this.drawn = true;
  }
}

/** `0.4 s`, `12 s`, `3 min 05 s`. */
export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
}
