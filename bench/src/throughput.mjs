// The throughput measures (textToHtml, pipeline, textToMarkdown): each contender in its own child
// process, one after the other so they never compete for the two cores.
import { contenders } from './contenders.mjs';
import { runChild } from './spawn-child.mjs';

/** Warm-up and timed-pass budgets. Full runs keep ≥ 5 timed passes over the whole corpus. */
export function throughputPlan(quick) {
  return quick
    ? { warmupPasses: 1, warmupMs: 200, passes: 3, minTimedMs: 300, maxPasses: 10 }
    : { warmupPasses: 1, warmupMs: 1500, passes: 5, minTimedMs: 3000, maxPasses: 40 };
}

/** The contenders of one measure, Copydesk first. */
export function contendersOf(measure) {
  return Object.keys(contenders).filter((name) => contenders[name].measure === measure);
}

/**
 * Runs every contender of `measure`; a contender that fails is recorded with its error and the
 * others still run.
 */
export async function runThroughput(measure, { corpusDir, quick, log }) {
  const rows = [];
  for (const name of contendersOf(measure)) {
    log(`  ${measure}: ${name} …`);
    try {
      rows.push(await runChild('child-throughput.mjs', { contender: name, corpusDir, quick, plan: throughputPlan(quick) }));
    } catch (error) {
      rows.push({ contender: name, measure, label: contenders[name].label, error: error.message });
    }
  }
  return rows;
}
