import type { Algorithm, AlgorithmInput } from './algorithm';

export interface SpeakerTalk {
  speaker: string;
  words: number;
  turns: number;
  word_share: number;
  longest_turn_words: number;
  talk_seconds: number | null;
  time_share: number | null;
}

export interface TalkRatioOutput {
  [key: string]: unknown;
  total_words: number;
  total_turns: number;
  dominant_speaker: string | null;
  speakers: SpeakerTalk[];
}

const words = (text: string): number => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
const ratio = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

/** Who talked how much: words, turns and (when segments are timed) seconds per speaker, with shares. */
export function talkRatio({ segments }: AlgorithmInput): TalkRatioOutput {
  const bySpeaker = new Map<
    string,
    { words: number; turns: number; longest: number; seconds: number; timed: boolean }
  >();
  let previous: string | null = null;
  for (const segment of segments) {
    const entry = bySpeaker.get(segment.speaker) ?? { words: 0, turns: 0, longest: 0, seconds: 0, timed: false };
    const count = words(segment.text);
    entry.words += count;
    if (segment.speaker !== previous) entry.turns += 1;
    entry.longest = Math.max(entry.longest, count);
    if (segment.start !== null && segment.end !== null && segment.end >= segment.start) {
      entry.seconds += segment.end - segment.start;
      entry.timed = true;
    }
    bySpeaker.set(segment.speaker, entry);
    previous = segment.speaker;
  }
  const totalWords = [...bySpeaker.values()].reduce((sum, entry) => sum + entry.words, 0);
  const totalSeconds = [...bySpeaker.values()].reduce((sum, entry) => sum + entry.seconds, 0);
  const speakers = [...bySpeaker.entries()]
    .map(([speaker, entry]) => ({
      speaker,
      words: entry.words,
      turns: entry.turns,
      word_share: ratio(entry.words, totalWords),
      longest_turn_words: entry.longest,
      talk_seconds: entry.timed ? Math.round(entry.seconds * 100) / 100 : null,
      time_share: entry.timed && totalSeconds > 0 ? ratio(entry.seconds, totalSeconds) : null,
    }))
    .sort((a, b) => b.words - a.words || a.speaker.localeCompare(b.speaker));
  return {
    total_words: totalWords,
    total_turns: speakers.reduce((sum, speaker) => sum + speaker.turns, 0),
    dominant_speaker: speakers[0]?.words ? speakers[0].speaker : null,
    speakers,
  };
}

export const TALK_RATIO: Algorithm = {
  id: 'talk_ratio',
  version: 1,
  name: 'Talk ratio',
  description: "Words, turns and talk time per speaker, with each speaker's share of the conversation",
  run: talkRatio,
};
