import type { ProcessingConfig } from '@callsight/contracts';
import type { Algorithm, AlgorithmInput } from '../algorithm';
import { speakerRoles, speakersOf } from '../text/speaker-roles';
import { callSeconds, round } from '../text/timing';
import { turnsOf } from '../text/turns';
import { wordCount } from '../text/words';

export type MissedReason = 'voicemail' | 'no_speech' | 'no_customer_speech' | 'hang_up';

export interface MissedCallOutput {
  [key: string]: unknown;
  missed: boolean;
  short: boolean;
  reason: MissedReason | null;
  customer_words: number;
  duration_seconds: number | null;
}

/** Phrases of a voicemail greeting or a carrier's recording; one strong or two weak make a greeting. */
const STRONG_GREETING =
  /\b(after the (?:tone|beep)|at the (?:tone|beep)|leave (?:me |us )?(?:a |your )?(?:brief |short |detailed )?message|record your message|mailbox (?:is full|has not been set up)|the (?:person|party|number) you (?:are calling|have dialed|dialed)|is not available to take your call|voice ?mail)\b/i;
const WEAK_GREETING =
  /\b((?:you'?ve|you have) reached|can'?t (?:come to|get to|take) the phone|not available (?:right now|at the moment)|away from (?:my|the) (?:desk|phone)|(?:i'?ll|we'?ll|will) (?:call|get back to) you (?:back )?as soon as|our (?:office|business) hours are|press (?:one|two|1|2|pound|star))\b/i;
/** Only the first turns can be the greeting: later, "leave a message for the tech" is conversation. */
const GREETING_TURNS = 2;
/** "hello? hello?" and nothing back: the line is dead or the caller hung up. */
const ANYONE_THERE =
  /\b(are you (?:still )?there|hello\?.*hello|can you hear me|(?:you'?re|you are) breaking up|(?:they|he|she|caller) hung up|line went dead)\b/i;
/** A hang-up says almost nothing: "hello?", "oh sorry wrong number"; more when the agent was asking "are you there?". */
const HANG_UP_MAX_WORDS = 4;
const DEAD_LINE_MAX_WORDS = 8;
/** Speech runs at about 150 words a minute; an untimed transcript's length is estimated from its words. */
const WORDS_PER_SECOND = 2.5;

/**
 * Missed and short calls for KestrelVoice's call.missed: a voicemail greeting that nobody answered,
 * no speech, no customer speech, or a customer who hung up after a few words, within the workspace's
 * thresholds (input.settings.processing).
 */
export function detectMissedCall({
  segments,
  call,
  settings,
}: Pick<AlgorithmInput, 'segments' | 'call' | 'settings'>): MissedCallOutput {
  const limits: ProcessingConfig = settings.processing;
  const duration = callSeconds(segments, call.durationSeconds);
  const totalWords = segments.reduce((total, segment) => total + wordCount(segment.text), 0);
  const seconds = duration ?? totalWords / WORDS_PER_SECOND;
  const greeting = greetingTurn(segments);
  const roles = speakerRoles(speakersOf(segments), call);
  const customerWords = turnsOf(segments)
    .filter((turn, index) => index !== greeting && roles.get(turn.speaker) === 'customer')
    .reduce((total, turn) => total + turn.words, 0);
  const reason = missedBecause({ segments, greeting, totalWords, customerWords, seconds, limits });
  return {
    missed: reason !== null,
    short: seconds <= limits.short_call_max_seconds,
    reason,
    customer_words: customerWords,
    duration_seconds: duration === null ? null : round(duration),
  };
}

interface Evidence {
  segments: AlgorithmInput['segments'];
  greeting: number | null;
  totalWords: number;
  customerWords: number;
  seconds: number;
  limits: ProcessingConfig;
}

function missedBecause({
  segments,
  greeting,
  totalWords,
  customerWords,
  seconds,
  limits,
}: Evidence): MissedReason | null {
  if (totalWords === 0) return 'no_speech';
  if (greeting !== null && !answeredAfter(segments, greeting)) return 'voicemail';
  const brief = seconds <= limits.missed_call_max_seconds;
  if (customerWords === 0 && (brief || speakersOf(segments).length === 1)) return 'no_customer_speech';
  const lastWords = turnsOf(segments).at(-1)?.text ?? '';
  if (brief && customerWords <= HANG_UP_MAX_WORDS) return 'hang_up';
  if (customerWords <= DEAD_LINE_MAX_WORDS && ANYONE_THERE.test(lastWords)) return 'hang_up';
  return null;
}

/** The turn holding a voicemail greeting, among the first turns of the call. */
function greetingTurn(segments: AlgorithmInput['segments']): number | null {
  const index = turnsOf(segments)
    .slice(0, GREETING_TURNS)
    .findIndex((turn) => STRONG_GREETING.test(turn.text) || matchCount(turn.text, WEAK_GREETING) >= 2);
  return index === -1 ? null : index;
}

const matchCount = (text: string, pattern: RegExp): number =>
  [...text.matchAll(new RegExp(pattern.source, 'gi'))].length;

/**
 * Someone picked up after the greeting when the call goes back and forth afterwards; a message left
 * on a machine is one speaker talking.
 */
function answeredAfter(segments: AlgorithmInput['segments'], greeting: number): boolean {
  const after = turnsOf(segments).slice(greeting + 1);
  return new Set(after.map((turn) => turn.speaker)).size >= 2 && after.length >= 3;
}

export const MISSED_CALL: Algorithm<Record<string, never>, MissedCallOutput> = {
  id: 'missed_call',
  version: 1,
  name: 'Missed and short calls',
  description:
    "Whether the call was missed (a voicemail greeting nobody answered, no speech, no customer speech, a hang-up) and whether it was short, by the workspace's processing thresholds",
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: { type: 'object', properties: {}, additionalProperties: false },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['missed', 'short', 'reason', 'customer_words', 'duration_seconds'],
    properties: {
      missed: { type: 'boolean' },
      short: { type: 'boolean' },
      reason: { enum: ['voicemail', 'no_speech', 'no_customer_speech', 'hang_up', null] },
      customer_words: { type: 'integer', minimum: 0 },
      duration_seconds: { type: ['number', 'null'], minimum: 0 },
    },
  },
  run: (input) => Promise.resolve(detectMissedCall(input)),
};
