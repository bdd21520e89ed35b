// The targets, judged against one run's ratios. Missing a target is reported, never an
// exit failure: figures on a shared machine are noisy and CI only checks that the bench runs.

export const targets = [
  { key: 'textToHtml.vsMarkdownIt', at: (s) => s.textToHtml.vsMarkdownIt, test: '≥', bound: 1.5 },
  { key: 'textToHtml.vsUnified', at: (s) => s.textToHtml.vsUnified, test: '≥', bound: 10 },
  { key: 'textToHtml.vsFloor', at: (s) => s.textToHtml.vsFloor, test: '≥', bound: 0.1 },
  { key: 'pipeline.vsUnified', at: (s) => s.pipeline.vsUnified, test: '≥', bound: 10 },
  { key: 'scaling.worst', at: (s) => s.scaling.worst, test: '≤', bound: 4.5 },
  { key: 'memory.peakRssMB', at: (s) => s.memory.peakRssMB, test: '≤', bound: 256 },
  { key: 'parallel.ratio', at: (s) => s.parallel.ratio, test: '≥', bound: 1.6 },
];

/** Splits the targets into met, missed and unmeasured (a figure that is null). */
export function judgeTargets(summary) {
  const verdict = { met: [], missed: [], unmeasured: [] };
  for (const target of targets) {
    const value = target.at(summary);
    if (value === null || value === undefined) verdict.unmeasured.push(target.key);
    else if (target.test === '≥' ? value >= target.bound : value <= target.bound) verdict.met.push(target.key);
    else verdict.missed.push(`${target.key} ${value} (target ${target.test} ${target.bound})`);
  }
  return verdict;
}
