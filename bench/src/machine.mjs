// The machine a run was measured on, for the table header and the README.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { round } from './stats.mjs';

function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1].trim();
  } catch {
    // Not Linux: fall through to what os reports.
  }
  return 'unknown CPU';
}

export function describeMachine() {
  return {
    node: process.version,
    cpu: cpuModel(),
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    platform: `${process.platform} ${process.arch}`,
    // Other work on the machine slows every contender; the 1-minute load average says how much there was.
    loadAverage: round(loadavg()[0], 2),
  };
}
