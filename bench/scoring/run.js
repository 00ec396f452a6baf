#!/usr/bin/env node
// Accuracy of the built-in algorithms on the labelled set (bench/scoring/set) and their speed:
// runs per second per core over the whole set, and a 30-minute call's rule algorithms, each timed
// beside a baseline measured in the same run (tokenising the same transcript), as these machines are noisy.
// Usage: npm run bench:scoring
require('reflect-metadata');
require('@nestjs/common').Logger.overrideLogger(false);
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const metrics = require('./metrics');

const dist = (path) => require(join(__dirname, '..', '..', 'dist', path));
const { AlgorithmRegistry } = dist('apps/scoring/src/algorithms/algorithm-registry');
const { AlgorithmRunner } = dist('apps/scoring/src/runs/algorithm-runner');
const { planRuns } = dist('apps/scoring/src/runs/run-plan');
const { wordsOf } = dist('apps/scoring/src/algorithms/text/words');

const SET = join(__dirname, 'set');
const calls = readdirSync(SET)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(join(SET, file), 'utf8')));

const registry = new AlgorithmRegistry();
const runner = new AlgorithmRunner(registry);
const ruleIds = registry
  .all()
  .filter((algorithm) => algorithm.kind !== 'llm')
  .map((algorithm) => algorithm.id);

const SETTINGS = {
  trackers: [
    {
      id: 'pricing',
      name: 'Pricing',
      phrases: ['price', 'cost', 'quote', 'discount'],
      speaker: 'any',
      part: 'any',
      negation_aware: true,
      word_forms: true,
    },
  ],
  scorecards: [],
  processing: { missed_call_max_seconds: 10, short_call_max_seconds: 30 },
};

const callFacts = (call) => ({
  durationSeconds: call.duration_seconds,
  callDate: call.reference_time,
  direction: call.direction ?? null,
  title: null,
  titleSource: null,
  repName: null,
  language: 'en',
});

/** The plan for a call: every non-LLM algorithm, with the call's time zone for those that take one. */
function planFor(call) {
  const workspace = new Map();
  for (const algorithm of registry.all()) {
    const properties = algorithm.variablesSchema.properties ?? {};
    if ('timezone' in properties)
      workspace.set(algorithm.id, {
        id: algorithm.id,
        baseId: algorithm.id,
        version: algorithm.version,
        variables: { timezone: call.timezone },
        deprecated: false,
      });
  }
  return planRuns(registry, ruleIds, workspace);
}
const plan = planFor(calls[0]);

// Fresh segment objects each time, so no per-transcript cache makes a repeat look faster than a new call.
const analyse = (call) =>
  runner.run({
    plan: planFor(call),
    segments: call.segments.map((segment) => ({ ...segment })),
    call: callFacts(call),
    settings: SETTINGS,
    llm: null,
    llmUnavailable: 'no LLM in the bench',
    llmTimeoutMs: 1_000,
  });

const outputOf = (outcomes, id) => outcomes.find((outcome) => outcome.algorithmId === id)?.output ?? null;

function accuracy(results) {
  const has = (id) => registry.find(id) !== undefined;
  const report = {};
  if (has('emergency'))
    report.emergency = metrics.precisionRecallF1(
      metrics.countBinary(
        results.map(({ call, outcomes }) => ({
          predicted: Boolean(outputOf(outcomes, 'emergency')?.is_emergency),
          actual: call.labels.emergency.is_emergency,
        })),
      ),
    );
  if (has('appointment')) {
    const pairs = results.map(({ call, outcomes }) => {
      const output = outputOf(outcomes, 'appointment');
      return {
        predicted: { booked: Boolean(output?.booked), start: output?.start ?? null },
        actual: { booked: call.labels.appointment.booked, start: call.labels.appointment.start },
      };
    });
    report.appointment_booked = metrics.precisionRecallF1(
      metrics.countBinary(
        pairs.map(({ predicted, actual }) => ({ predicted: predicted.booked, actual: actual.booked })),
      ),
    );
    report.appointment_with_time = metrics.precisionRecallF1(metrics.countAppointments(pairs, 1));
  }
  if (has('missed_call'))
    report.missed = metrics.precisionRecallF1(
      metrics.countBinary(
        results.map(({ call, outcomes }) => ({
          predicted: Boolean(outputOf(outcomes, 'missed_call')?.missed),
          actual: call.labels.missed,
        })),
      ),
    );
  if (has('outcome')) {
    const scores = metrics.multiclassScores(
      results.map(({ call, outcomes }) => ({
        predicted: String(outputOf(outcomes, 'outcome')?.outcome ?? 'none'),
        actual: call.labels.outcome,
      })),
    );
    report.outcome = { accuracy: scores.accuracy, macro_f1: scores.macroF1 };
  }
  if (has('questions')) report.questions = questionErrors(results);
  return report;
}

/** Mean absolute error of the questions counted per speaker. */
function questionErrors(results) {
  let error = 0;
  let speakers = 0;
  for (const { call, outcomes } of results) {
    const output = outputOf(outcomes, 'questions');
    const counted = new Map((output?.speakers ?? []).map((entry) => [entry.speaker, entry.questions ?? entry.count]));
    for (const [speaker, expected] of Object.entries(call.labels.questions ?? {})) {
      error += Math.abs((counted.get(speaker) ?? 0) - expected);
      speakers += 1;
    }
  }
  return { mean_absolute_error: speakers ? round(error / speakers) : null, speakers };
}

function piiRecall() {
  let redaction;
  try {
    redaction = dist('libs/redaction/src');
  } catch {
    return null;
  }
  const predicted = [];
  const expected = [];
  for (const call of calls) {
    call.segments.forEach((segment, index) =>
      predicted.push(
        ...redaction
          .findPii(segment.text, ['phone', 'email', 'card', 'ssn'])
          .map((span) => ({ segment: `${call.id}:${index}`, start: span.start, end: span.end, type: span.type })),
      ),
    );
    expected.push(
      ...call.labels.pii.map((label) => ({
        ...metrics.spanFromLabel(label),
        segment: `${call.id}:${label.segment}`,
      })),
    );
  }
  const counts = metrics.matchSpans(predicted, expected, { sameType: true });
  return { ...metrics.precisionRecallF1(counts), items: expected.length };
}

/** A 30-minute call (4,500 words at 150 a minute), made of the set's own turns, timed end to end. */
function thirtyMinuteCall() {
  const segments = [];
  let clock = 0;
  while (clock < 1800)
    for (const call of calls)
      for (const segment of call.segments) {
        if (clock >= 1800) break;
        const seconds = Math.max(1, (wordsOf(segment.text).length / 150) * 60);
        segments.push({ speaker: segment.speaker, text: segment.text, start: clock, end: clock + seconds });
        clock += seconds;
      }
  return { ...calls[0], duration_seconds: Math.round(clock), segments };
}

const round = (value, places = 3) => Math.round(value * 10 ** places) / 10 ** places;

async function timeIt(work, repeat) {
  const samples = [];
  for (let index = 0; index < repeat; index += 1) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median_ms: round(samples[Math.floor(samples.length / 2)], 2), max_ms: round(samples.at(-1), 2) };
}

async function main() {
  const results = [];
  for (const call of calls) results.push({ call, outcomes: await analyse(call) });
  const failures = results.flatMap(({ call, outcomes }) =>
    outcomes.filter((outcome) => outcome.status === 'failed').map((o) => `${call.id}/${o.algorithmId}: ${o.error}`),
  );
  const long = thirtyMinuteCall();
  const tokenise = () => Promise.resolve(long.segments.forEach((segment) => wordsOf(segment.text)));
  const wholeSet = await timeIt(async () => {
    for (const call of calls) await analyse(call);
  }, 5);
  const report = {
    node: process.version,
    calls: calls.length,
    algorithms: plan.algorithms.map((algorithm) => `${algorithm.id}@${algorithm.version}`),
    accuracy: accuracy(results),
    pii: piiRecall(),
    failed_runs: failures,
    speed: {
      set_calls_per_second_per_core: round((calls.length / wholeSet.median_ms) * 1000, 1),
      set_runs_per_second_per_core: round(((calls.length * plan.algorithms.length) / wholeSet.median_ms) * 1000, 1),
      thirty_minute_call: {
        words: long.segments.reduce((total, segment) => total + wordsOf(segment.text).length, 0),
        segments: long.segments.length,
        rule_algorithms: await timeIt(() => analyse(long), 7),
        baseline_tokenise_only: await timeIt(tokenise, 7),
      },
    },
  };
  console.log(JSON.stringify(report, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
