import type { Algorithm, AlgorithmInput } from '../algorithm';
import { speakerRoles, speakersOf, SpeakerRole } from '../text/speaker-roles';
import { round, secondsOf, share } from '../text/timing';
import { turnsOf } from '../text/turns';

export interface SpeakerTalk {
  speaker: string;
  role: SpeakerRole;
  words: number;
  turns: number;
  word_share: number;
  talk_seconds: number | null;
  time_share: number | null;
  longest_monologue_words: number;
  longest_monologue_seconds: number | null;
}

export interface TalkRatioOutput {
  [key: string]: unknown;
  total_words: number;
  total_turns: number;
  dominant_speaker: string | null;
  /** The agents' share of the talk (time when timed, else words); null when nobody spoke. */
  agent_talk_share: number | null;
  customer_talk_share: number | null;
  speakers: SpeakerTalk[];
}

interface Tally {
  words: number;
  turns: number;
  seconds: number;
  timed: boolean;
  longestWords: number;
  longestSeconds: number | null;
}

/** Who talked how much: words, turns and (when timed) seconds per speaker, with shares and longest monologues. */
export function talkRatio({ segments, call }: Pick<AlgorithmInput, 'segments' | 'call'>): TalkRatioOutput {
  const tallies = new Map<string, Tally>();
  const tally = (speaker: string): Tally => {
    const existing = tallies.get(speaker);
    if (existing) return existing;
    const created: Tally = { words: 0, turns: 0, seconds: 0, timed: false, longestWords: 0, longestSeconds: null };
    tallies.set(speaker, created);
    return created;
  };
  for (const segment of segments) {
    const seconds = secondsOf(segment);
    const entry = tally(segment.speaker);
    if (seconds === null) continue;
    entry.seconds += seconds;
    entry.timed = true;
  }
  for (const turn of turnsOf(segments)) {
    const entry = tally(turn.speaker);
    entry.words += turn.words;
    entry.turns += 1;
    entry.longestWords = Math.max(entry.longestWords, turn.words);
    if (turn.start !== null && turn.end !== null)
      entry.longestSeconds = Math.max(entry.longestSeconds ?? 0, round(turn.end - turn.start));
  }
  const roles = speakerRoles(speakersOf(segments), call);
  const totalWords = sum([...tallies.values()].map((entry) => entry.words));
  const totalSeconds = sum([...tallies.values()].map((entry) => entry.seconds));
  const speakers: SpeakerTalk[] = [...tallies.entries()]
    .map(([speaker, entry]) => ({
      speaker,
      role: roles.get(speaker) ?? 'customer',
      words: entry.words,
      turns: entry.turns,
      word_share: share(entry.words, totalWords),
      talk_seconds: entry.timed ? round(entry.seconds) : null,
      time_share: entry.timed && totalSeconds > 0 ? share(entry.seconds, totalSeconds) : null,
      longest_monologue_words: entry.longestWords,
      longest_monologue_seconds: entry.longestSeconds,
    }))
    .sort((a, b) => b.words - a.words || a.speaker.localeCompare(b.speaker));
  const byTime = totalSeconds > 0 && speakers.every((speaker) => speaker.time_share !== null);
  const roleShare = (role: SpeakerRole): number | null =>
    totalWords === 0 && !byTime
      ? null
      : round(
          sum(speakers.filter((s) => s.role === role).map((s) => (byTime ? (s.time_share ?? 0) : s.word_share))),
          4,
        );
  return {
    total_words: totalWords,
    total_turns: sum(speakers.map((speaker) => speaker.turns)),
    dominant_speaker: speakers[0]?.words ? speakers[0].speaker : null,
    agent_talk_share: roleShare('agent'),
    customer_talk_share: roleShare('customer'),
    speakers,
  };
}

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

const nullableNumber = { type: ['number', 'null'] };

export const TALK_RATIO: Algorithm<Record<string, never>, TalkRatioOutput> = {
  id: 'talk_ratio',
  version: 2,
  name: 'Talk ratio',
  description:
    "Words, turns and talk time per speaker, each speaker's share of the conversation, the agent/customer split and the longest monologue",
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: { type: 'object', properties: {}, additionalProperties: false },
  outputSchema: {
    type: 'object',
    required: ['total_words', 'total_turns', 'dominant_speaker', 'agent_talk_share', 'customer_talk_share', 'speakers'],
    additionalProperties: false,
    properties: {
      total_words: { type: 'integer', minimum: 0 },
      total_turns: { type: 'integer', minimum: 0 },
      dominant_speaker: { type: ['string', 'null'] },
      agent_talk_share: nullableNumber,
      customer_talk_share: nullableNumber,
      speakers: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: [
            'speaker',
            'role',
            'words',
            'turns',
            'word_share',
            'talk_seconds',
            'time_share',
            'longest_monologue_words',
            'longest_monologue_seconds',
          ],
          properties: {
            speaker: { type: 'string' },
            role: { enum: ['agent', 'customer'] },
            words: { type: 'integer', minimum: 0 },
            turns: { type: 'integer', minimum: 0 },
            word_share: { type: 'number' },
            talk_seconds: nullableNumber,
            time_share: nullableNumber,
            longest_monologue_words: { type: 'integer', minimum: 0 },
            longest_monologue_seconds: nullableNumber,
          },
        },
      },
    },
  },
  run: (input) => Promise.resolve(talkRatio(input)),
};
