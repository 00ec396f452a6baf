#!/usr/bin/env node
// Time of each rule algorithm on a long call, in one process, as the scoring service runs them: the
// first run (which loads the wink-nlp model) apart, then the median and p95 of the rest, and all rules
// together on a fresh copy of the transcript (text analyses are cached per segment object, so a fresh
// copy is what one job costs). The call repeats the spec transcripts, re-timed, to the length asked.
// Usage: node bench/rule-algorithms.js [minutes=30] [runs=20]
const { join } = require('node:path');

const MINUTES = Number(process.argv[2] ?? 30);
const RUNS = Number(process.argv[3] ?? 20);
const dist = (path) => require(join(__dirname, '..', 'dist', path));
const { AlgorithmRegistry } = dist('apps/scoring/src/algorithms/algorithm-registry');
const calls = dist('apps/scoring/src/algorithms/text/fixtures/calls');

/** The timed spec calls, one after another with a pause between them, until the call is long enough. */
function longCall(minutes) {
  const sources = [calls.PLUMBING_EMERGENCY, calls.SOFTWARE_DEMO];
  const segments = [];
  let offset = 0;
  for (let round = 0; offset < minutes * 60; round += 1) {
    const source = sources[round % sources.length];
    for (const segment of source)
      segments.push({ ...segment, speaker: segment.speaker, start: segment.start + offset, end: segment.end + offset });
    offset = segments.at(-1).end + 2;
  }
  return segments;
}

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))];
const fresh = (segments) => segments.map((segment) => ({ ...segment }));

async function main() {
  const registry = new AlgorithmRegistry();
  const rules = registry.all().filter((algorithm) => algorithm.kind === 'rule');
  const segments = longCall(MINUTES);
  const settings = {
    ...calls.NO_SETTINGS,
    trackers: [
      {
        id: 'emergency',
        name: 'Emergency',
        phrases: ['flooding', 'burst', 'leak'],
        speaker: 'any',
        part: 'any',
        negation_aware: true,
        word_forms: true,
      },
      {
        id: 'price',
        name: 'Price',
        phrases: ['price', 'pricing', 'discount'],
        speaker: 'customer',
        part: 'any',
        negation_aware: false,
        word_forms: false,
      },
    ],
  };
  const inputFor = (algorithm, transcript) => ({
    segments: transcript,
    call: calls.CALL,
    variables: registry.schemas.withDefaultsApplied(algorithm.variablesSchema, {}).value,
    settings,
    results: new Map(),
    signal: new AbortController().signal,
    llm: null,
  });
  const words = segments.reduce((sum, segment) => sum + segment.text.split(/\s+/).length, 0);
  console.log(
    `${MINUTES}-minute call: ${segments.length} segments, ${words} words; ${RUNS} runs; Node ${process.version}`,
  );
  for (const algorithm of rules) {
    const times = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const transcript = fresh(segments);
      const started = performance.now();
      await algorithm.run(inputFor(algorithm, transcript));
      times.push(performance.now() - started);
    }
    const [first, ...rest] = times;
    console.log(
      `${algorithm.id.padEnd(16)} first ${first.toFixed(1)} ms  median ${percentile(rest, 0.5).toFixed(1)} ms  p95 ${percentile(rest, 0.95).toFixed(1)} ms`,
    );
  }
  const together = [];
  for (let run = 0; run < RUNS; run += 1) {
    const transcript = fresh(segments);
    const started = performance.now();
    await Promise.all(rules.map((algorithm) => algorithm.run(inputFor(algorithm, transcript))));
    together.push(performance.now() - started);
  }
  console.log(
    `all ${rules.length} rules, one job: median ${percentile(together, 0.5).toFixed(1)} ms  p95 ${percentile(together, 0.95).toFixed(1)} ms`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
