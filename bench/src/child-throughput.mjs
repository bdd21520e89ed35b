// One contender in its own process: load the corpus, prepare the contender's input outside the
// clock, warm up, then time whole passes over the corpus. The result goes back to the parent over
// the IPC channel; nothing is shared with other contenders (separate heap, separate JIT).
import { byteLength, listArticles, loadArticles, toMarkdown } from './corpus.mjs';
import { contenders } from './contenders.mjs';
import { reportFailure } from './child-failure.mjs';
import { median, msSince, peakRssMB } from './stats.mjs';

async function main() {
  const { contender: name, corpusDir, quick, plan } = JSON.parse(process.argv[2]);
  const contender = contenders[name];
  if (!contender) throw new Error(`unknown contender ${name}`);

  const articles = loadArticles(corpusDir, listArticles(corpusDir, { quick }));
  const inputs = contender.input === 'bytes' ? articles.map((a) => a.bytes) : articles.map((a) => toMarkdown(a.bytes));
  const inputBytes = byteLength(inputs);
  const baselineRssMB = peakRssMB();
  const run = await contender.setup();

  /** One pass over the whole corpus; returns its wall time and the output size (which also keeps the work observable). */
  function pass() {
    let outputChars = 0;
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < inputs.length; i++) outputChars += run(inputs[i]).length;
    const ms = msSince(start);
    const cpu = process.cpuUsage(cpuStart);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000, outputChars };
  }

  // Warm-up: at least `plan.warmupPasses`, more for fast contenders until the JIT has had `plan.warmupMs`.
  let warmupPasses = 0;
  const warmStart = process.hrtime.bigint();
  let outputChars = 0;
  while (warmupPasses < plan.warmupPasses || (msSince(warmStart) < plan.warmupMs && warmupPasses < plan.maxPasses)) {
    outputChars = pass().outputChars;
    warmupPasses++;
  }
  if (outputChars === 0) throw new Error(`${name} produced no output for the whole corpus`);

  // Timed passes: at least `plan.passes`; fast contenders keep going until `plan.minTimedMs` so the median is stable.
  // CPU time is kept beside wall time: on a loaded machine it shows how much of a slow pass was waiting.
  const passesMs = [];
  const passesCpuMs = [];
  const timedStart = process.hrtime.bigint();
  while (passesMs.length < plan.passes || (msSince(timedStart) < plan.minTimedMs && passesMs.length < plan.maxPasses)) {
    const timed = pass();
    passesMs.push(timed.ms);
    passesCpuMs.push(timed.cpuMs);
  }

  const medianMs = median(passesMs);
  process.send({
    ok: true,
    result: {
      contender: name,
      measure: contender.measure,
      label: contender.label,
      input: contender.input,
      articles: inputs.length,
      inputMB: inputBytes / 1e6,
      outputMB: outputChars / 1e6,
      warmupPasses,
      passesMs,
      medianMs,
      medianCpuMs: median(passesCpuMs),
      pagesPerSec: inputs.length / (medianMs / 1000),
      mbPerSec: inputBytes / 1e6 / (medianMs / 1000),
      baselineRssMB,
      peakRssMB: peakRssMB(),
    },
  });
}

main().catch(reportFailure);
