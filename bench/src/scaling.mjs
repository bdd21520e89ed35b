// The scaling measure: time(4n)/time(n) of parseText + renderHtml on each adversarial input,
// each case in its own child process.
import { scalingCases } from './scaling-inputs.mjs';
import { runChild } from './spawn-child.mjs';

/** Runs every case; the worst ratio is the figure the targets judge. */
export async function runScaling({ quick, log }) {
  const rows = [];
  for (const name of Object.keys(scalingCases)) {
    log(`  scaling: ${name} …`);
    try {
      // --quick runs each case at a quarter of its size (its 4n is the full run's n).
      const plan = quick ? { reps: 3, scale: 0.25, sampleMs: 40 } : { reps: 7, scale: 1, sampleMs: 100 };
      rows.push(await runChild('child-scaling.mjs', { scalingCase: name, ...plan }));
    } catch (error) {
      rows.push({ case: name, describe: scalingCases[name].describe, error: error.message });
    }
  }
  const measured = rows.filter((row) => row.ratio !== undefined);
  const worst = measured.reduce((a, b) => (b.ratio > (a?.ratio ?? -1) ? b : a), undefined);
  return { rows, worst: worst?.ratio ?? null, worstCase: worst?.case ?? null };
}
