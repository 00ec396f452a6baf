import type { ScorecardCriterion } from '@callsight/contracts';
import { CriterionVerdict, Evidence, notScored, trimQuote } from './criterion-result';

type TrackerCriterion = Extract<ScorecardCriterion, { type: 'tracker' }>;
type RuleCriterion = Extract<ScorecardCriterion, { type: 'rule' }>;

interface TrackerMention {
  quote: string;
  start: number | null;
}

interface TrackerResult {
  id: string;
  name: string;
  count: number;
  mentions: TrackerMention[];
}

/** The trackers algorithm's output, read defensively: the scorecard must not fail on a shape it did not expect. */
function trackerResults(output: Record<string, unknown> | undefined): TrackerResult[] | null {
  const trackers = output?.trackers;
  if (!Array.isArray(trackers)) return null;
  return trackers.filter(
    (tracker): tracker is TrackerResult =>
      typeof tracker === 'object' &&
      tracker !== null &&
      typeof (tracker as TrackerResult).id === 'string' &&
      typeof (tracker as TrackerResult).count === 'number' &&
      Array.isArray((tracker as TrackerResult).mentions),
  );
}

const times = (count: number): string => (count === 1 ? 'once' : `${count} times`);

/** A tracker criterion: the tracker's phrases were (or were not) said, by the tracker's speaker in its part of the call. */
export function judgeTracker(
  criterion: TrackerCriterion,
  trackersOutput: Record<string, unknown> | undefined,
  maxEvidence: number,
): CriterionVerdict {
  const trackers = trackerResults(trackersOutput);
  if (!trackers) return notScored('the trackers algorithm did not run on this call');
  const tracker = trackers.find((candidate) => candidate.id === criterion.tracker_id);
  if (!tracker) return notScored(`no tracker ${criterion.tracker_id} ran (is it among the workspace's trackers?)`);
  const evidence: Evidence[] = tracker.mentions
    .slice(0, maxEvidence)
    .map((mention) => ({ quote: trimQuote(String(mention.quote)), start: mention.start ?? null }));
  const said = tracker.count > 0;
  const name = tracker.name || tracker.id;
  return {
    met: criterion.expect === 'present' ? said : !said,
    evidence,
    reason: said ? `${name} was mentioned ${times(tracker.count)}` : `${name} was not mentioned`,
  };
}

/** The value at a dot path (`agent.talk_share`, `speakers.0.words`), or undefined when the path leads nowhere. */
function valueAt(output: unknown, path: string): unknown {
  let value: unknown = output;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const COMPARE: Record<RuleCriterion['operator'], (a: number, b: number) => boolean> = {
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

/** A rule criterion: a value in another algorithm's output compared with the criterion's value. */
export function judgeRule(criterion: RuleCriterion, output: Record<string, unknown> | undefined): CriterionVerdict {
  const { algorithm_id: algorithm, path, operator, value: expected } = criterion;
  if (!output) return notScored(`${algorithm}'s output is not available to the scorecard on this call`);
  const actual = valueAt(output, path);
  const where = `${algorithm}.${path}`;
  if (actual === undefined) return notScored(`${algorithm}'s output has no ${path}`);
  if (actual === null) return notScored(`${where} is null on this call`);
  const shown = JSON.stringify(actual);
  const reason = (met: boolean) =>
    `${where} is ${shown}, ${met ? 'which is' : 'not'} ${operator} ${JSON.stringify(expected)}`;
  if (typeof actual === 'number' && typeof expected === 'number') {
    const met = COMPARE[operator](actual, expected);
    return { met, evidence: [], reason: reason(met) };
  }
  if (typeof actual !== typeof expected || typeof actual === 'object')
    return notScored(`${where} is ${shown}, which cannot be compared with ${JSON.stringify(expected)}`);
  if (operator !== '==' && operator !== '!=')
    return notScored(`${where} is a ${typeof actual}; only == and != compare ${typeof actual}s`);
  const met = (actual === expected) === (operator === '==');
  return { met, evidence: [], reason: reason(met) };
}
