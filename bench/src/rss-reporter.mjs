// Preloaded into the CLI (`node --import`) when /usr/bin/time is missing: writes the process's
// peak RSS (kB) and CPU time (user + system, µs), both over all threads, to
// $COPYDESK_BENCH_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

const target = process.env.COPYDESK_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  });
}
