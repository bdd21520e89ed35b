// Reads a V8 .cpuprofile (node --cpu-prof) and lists the functions with the most self time, so a
// missed target comes with the names of the code to look at.
import { readFileSync } from 'node:fs';

/**
 * Self time per function (name, file, line), as a share of all samples, largest first.
 * Samples of the same function at different call sites are added together.
 */
export function topSelfTime(path, limit = 25) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const byFunction = new Map();
  let total = 0;
  for (const [id, count] of counts) {
    const { callFrame } = nodes.get(id);
    const file = callFrame.url ? callFrame.url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '') : '';
    const key = `${callFrame.functionName || '(anonymous)'}  ${file}${file ? `:${callFrame.lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + count);
    total += count;
  }
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, count]) => ({ fn, selfPercent: (count / total) * 100 }));
}
