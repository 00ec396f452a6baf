import type { SuppliedTranscriptFormat, TranscriptSegment, TranscriptWord } from '@callsight/contracts';
import { parseSpeakerLines, UNKNOWN_SPEAKER } from './speaker-lines.parser';

const CUE_LINE = /^\s*((?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3})\s*-->\s*((?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3})/;

function clockSeconds(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** The speaker of a cue: a WebVTT voice tag <v Name>, or a "Name: text" prefix. */
function speakerOf(text: string): { speaker: string; text: string } {
  const voice = /^<v(?:\.[^ >]+)*\s+([^>]+)>(.*)$/s.exec(text);
  if (voice) return { speaker: voice[1].trim(), text: voice[2].replace(/<\/v>/g, '').trim() };
  const [line] = parseSpeakerLines(text);
  if (line && line.speaker !== UNKNOWN_SPEAKER) return { speaker: line.speaker, text: line.text };
  return { speaker: UNKNOWN_SPEAKER, text: text.trim() };
}

/** WebVTT and SRT: blocks of an optional id, a "start --> end" line and the cue text. */
function parseCues(content: string): TranscriptSegment[] {
  const segments: TranscriptSegment[] = [];
  for (const block of content.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = block.split('\n');
    const timing = lines.findIndex((line) => CUE_LINE.test(line));
    if (timing < 0) continue;
    const [, start, end] = CUE_LINE.exec(lines[timing]) as RegExpExecArray;
    const cue = lines
      .slice(timing + 1)
      .join(' ')
      .replace(/<(?!v[\s.])[^>]+>/g, '')
      .trim();
    if (!cue) continue;
    const { speaker, text } = speakerOf(cue);
    segments.push({ speaker, text, start: clockSeconds(start), end: clockSeconds(end) });
  }
  return segments;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const seconds = (value: unknown, scale: number): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round((value / scale) * 1000) / 1000 : null;
const speakerName = (value: unknown): string => {
  if (typeof value === 'number') return `Speaker ${value + 1}`;
  return typeof value === 'string' ? value : UNKNOWN_SPEAKER;
};

/** Deepgram's punctuated_word, its word, or AssemblyAI's text. */
const wordText = (item: Json): string | null =>
  [item.punctuated_word, item.word, item.text]
    .find((value): value is string => typeof value === 'string' && value.trim() !== '')
    ?.trim() ?? null;

/** Timed words, as Deepgram (s) and AssemblyAI (ms) put them on utterances and results. */
function wordsOf(items: unknown, scale: number): Array<TranscriptWord & { speaker?: unknown }> {
  if (!Array.isArray(items)) return [];
  return items.filter(isObject).flatMap((item) => {
    const word = wordText(item);
    const start = seconds(item.start, scale);
    const end = seconds(item.end, scale);
    if (!word || start === null || end === null) return [];
    const confidence = typeof item.confidence === 'number' && Number.isFinite(item.confidence) ? item.confidence : null;
    return [{ word, start, end, confidence, ...(item.speaker !== undefined ? { speaker: item.speaker } : {}) }];
  });
}

const plainWords = (words: Array<TranscriptWord & { speaker?: unknown }>): TranscriptWord[] =>
  words.map(({ word, start, end, confidence }) => ({ word, start, end, confidence }));

/** Utterance lists as AssemblyAI (ms), Deepgram (s) and plain {speaker, text, start, end} arrays have them. */
function fromUtterances(items: unknown[], scale: number): TranscriptSegment[] {
  return items.filter(isObject).flatMap((item) => {
    const text =
      typeof item.text === 'string' ? item.text : typeof item.transcript === 'string' ? item.transcript : null;
    if (!text?.trim()) return [];
    const words = plainWords(wordsOf(item.words, scale));
    // Deepgram's multichannel utterances name the channel, not a speaker, when diarization is off.
    return [
      {
        speaker: speakerName(item.speaker ?? item.channel),
        text: text.trim(),
        start: seconds(item.start, scale),
        end: seconds(item.end, scale),
        ...(words.length ? { words } : {}),
      },
    ];
  });
}

/** A pause this long between two words of one speaker starts a new segment. */
const TURN_GAP_SECONDS = 1.5;

/** Words without utterances become segments: a new one wherever the speaker changes or a long pause falls. */
function fromWords(
  words: Array<TranscriptWord & { speaker?: unknown }>,
  fallbackSpeaker: unknown,
): TranscriptSegment[] {
  const segments: Array<TranscriptSegment & { words: TranscriptWord[] }> = [];
  for (const { speaker: label, ...word } of words) {
    const speaker = speakerName(label ?? fallbackSpeaker);
    const current = segments.at(-1);
    if (current && current.speaker === speaker && word.start - (current.end ?? word.start) <= TURN_GAP_SECONDS) {
      current.words.push(word);
      current.text = `${current.text} ${word.word}`;
      current.end = word.end;
      continue;
    }
    segments.push({ speaker, text: word.word, start: word.start, end: word.end, words: [word] });
  }
  return segments;
}

/** Deepgram without utterances: each channel's first alternative; channels of a multichannel request are speakers. */
function fromDeepgramChannels(channels: unknown[]): TranscriptSegment[] {
  const multichannel = channels.length > 1;
  const segments = channels.flatMap((channel, index) => {
    const alternative =
      isObject(channel) && Array.isArray(channel.alternatives) ? channel.alternatives.find(isObject) : undefined;
    if (!alternative) return [];
    const channelSpeaker = multichannel ? index : undefined;
    // On a multichannel call each channel is one party; per-word diarization labels restart on every channel.
    const words = wordsOf(alternative.words, 1).map((word) => (multichannel ? { ...word, speaker: undefined } : word));
    if (words.length) return fromWords(words, channelSpeaker);
    const text = typeof alternative.transcript === 'string' ? alternative.transcript.trim() : '';
    return text ? [{ speaker: speakerName(channelSpeaker), text, start: null, end: null }] : [];
  });
  return segments.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

function parseJson(content: string): TranscriptSegment[] {
  const data: unknown = JSON.parse(content);
  if (Array.isArray(data)) return fromUtterances(data, 1);
  if (!isObject(data)) return [];
  if (Array.isArray(data.utterances)) return fromUtterances(data.utterances, 1000);
  const results = data.results;
  if (isObject(results) && Array.isArray(results.utterances)) return fromUtterances(results.utterances, 1);
  if (isObject(results) && Array.isArray(results.channels)) return fromDeepgramChannels(results.channels);
  if (Array.isArray(data.segments)) return fromUtterances(data.segments, 1);
  // Top-level words: AssemblyAI's carry `text` and milliseconds, OpenAI's (no segments requested) `word` and seconds.
  const millis =
    Array.isArray(data.words) && data.words.some((word) => isObject(word) && typeof word.text === 'string');
  const topWords = wordsOf(data.words, millis ? 1000 : 1);
  if (topWords.length) return fromWords(topWords, undefined);
  if (typeof data.text === 'string') return parseSpeakerLines(data.text);
  return [];
}

export function detectFormat(content: string): SuppliedTranscriptFormat {
  const trimmed = content.trimStart();
  if (trimmed.startsWith('WEBVTT')) return 'webvtt';
  if (/^\d+\s*\n\s*(\d{1,2}:)?\d{2}:\d{2},\d{3}\s*-->/.test(trimmed.replace(/\r\n?/g, '\n'))) return 'srt';
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && isJson(trimmed)) return 'json';
  return 'speaker_lines';
}

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * A supplied transcript in whatever common shape it comes: "Speaker: text" lines, WebVTT, SRT, or
 * JSON as AssemblyAI (utterances or words, ms), Deepgram (results.utterances or results.channels,
 * s) or OpenAI verbose_json (segments, s) emit it, or a plain array of {speaker, text, start, end}.
 */
export function parseSuppliedTranscript(content: string): {
  format: SuppliedTranscriptFormat;
  segments: TranscriptSegment[];
} {
  const format = detectFormat(content);
  if (format === 'webvtt' || format === 'srt') return { format, segments: parseCues(content) };
  if (format === 'json') return { format, segments: parseJson(content) };
  return { format, segments: parseSpeakerLines(content) };
}
