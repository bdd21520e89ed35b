import { UsageError } from './usage-error.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/**
 * Read a size such as `10MB`, `512k` or `1048576` (units are binary: 1 KB = 1024 bytes).
 *
 * @example
 * parseByteSize('10MB'); // 10485760
 */
export function parseByteSize(text: string): number {
  const trimmed = text.trim().toLowerCase();
  let split = 0;
  while (split < trimmed.length && ((trimmed[split]! >= '0' && trimmed[split]! <= '9') || trimmed[split] === '.')) split++;
  const amount = Number(trimmed.slice(0, split));
  const unit = UNITS[trimmed.slice(split).trim()];
  if (split === 0 || !Number.isFinite(amount) || unit === undefined || amount <= 0) {
    throw new UsageError(`--max-bytes: expected a size such as 10MB, 512KB or 1048576, got ${JSON.stringify(text)}`);
  }
  return Math.floor(amount * unit);
}

/** `10.0 MB`, `512 KB`, `37 B`: for messages. */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
