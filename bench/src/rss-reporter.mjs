// Preloaded into the CLI (`node --import`) when /usr/bin/time is missing: writes the process's
// peak RSS (kB, all threads) to $COPYDESK_BENCH_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

const target = process.env.COPYDESK_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
