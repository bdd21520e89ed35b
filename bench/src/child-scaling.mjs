// One scaling case in its own process: time parseText + renderHtml on the case's input at size n
// and at 4n, alternating the two so drift in machine speed hits both, and report the ratio of
// the fastest samples (other work on the machine only ever adds time, so the minimum is the
// closest to the code's own cost; medians are kept too). Linear work gives about 4; quadratic
// work gives about 16.
import { reportFailure } from './child-failure.mjs';
import { contenders } from './contenders.mjs';
import { scalingCases } from './scaling-inputs.mjs';
import { median, msSince, peakRssMB } from './stats.mjs';

async function main() {
  const { scalingCase, reps, scale, sampleMs } = JSON.parse(process.argv[2]);
  const spec = scalingCases[scalingCase];
  if (!spec) throw new Error(`unknown scaling case ${scalingCase}`);
  const run = await contenders['copydesk-html'].setup();
  const n = Math.max(1, Math.round(spec.n * scale));
  const small = Buffer.from(spec.build(n));
  const large = Buffer.from(spec.build(n * 4));

  // Small inputs finish in a few milliseconds: repeat each timed sample enough times that timer
  // resolution and one-off pauses do not decide the ratio.
  const once = (input) => {
    const start = process.hrtime.bigint();
    if (run(input).length === 0) throw new Error(`${scalingCase}: no output`);
    return msSince(start);
  };
  for (let i = 0; i < 2; i++) {
    once(small);
    once(large);
  }
  const repeat = Math.max(1, Math.ceil(sampleMs / Math.max(once(small), 0.01)));
  const sample = (input) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < repeat; i++) run(input);
    return msSince(start) / repeat;
  };

  const smallMs = [];
  const largeMs = [];
  for (let i = 0; i < reps; i++) {
    smallMs.push(sample(small));
    largeMs.push(sample(large));
  }
  const nMs = Math.min(...smallMs);
  const fourNMs = Math.min(...largeMs);
  process.send({
    ok: true,
    result: {
      case: scalingCase,
      describe: spec.describe,
      n,
      bytesN: small.byteLength,
      bytes4N: large.byteLength,
      repeat,
      nMs,
      fourNMs,
      ratio: fourNMs / nMs,
      medianRatio: median(largeMs) / median(smallMs),
      peakRssMB: peakRssMB(),
    },
  });
}

main().catch(reportFailure);
