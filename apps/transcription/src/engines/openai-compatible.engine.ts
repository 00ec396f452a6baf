import { openAsBlob } from 'node:fs';
import { FormData, request } from 'undici';
import type { RecognisedSegment, RecognisedWord, RecognitionOptions, SpeechEngine } from './speech-engine';

export interface OpenAiCompatibleSettings {
  /** Base URL of the server, e.g. http://whisper:8000 (faster-whisper/speaches, whisper.cpp server, a hosted API). */
  baseUrl: string;
  apiKey: string | null;
  defaultModel: string;
  timeoutMs: number;
}

interface VerboseJson {
  text?: string;
  segments?: Array<{
    start: number;
    end: number;
    text: string;
    speaker?: string | number;
    avg_logprob?: number;
    words?: Array<{ word: string; start: number; end: number; probability?: number }>;
  }>;
  words?: Array<{ word: string; start: number; end: number; probability?: number }>;
}

/**
 * Words belong to the segment they start in; servers that return words only at the top level are
 * handled too. A segment's `speaker` (OpenAI's diarized_json, WhisperX-style servers) is kept.
 */
export function segmentsFromVerboseJson(body: VerboseJson): RecognisedSegment[] {
  const topWords: RecognisedWord[] = (body.words ?? []).map((word) => ({
    word: word.word.trim(),
    start: word.start,
    end: word.end,
    confidence: word.probability ?? null,
  }));
  const segments = body.segments ?? (body.text ? [{ start: 0, end: topWords.at(-1)?.end ?? 0, text: body.text }] : []);
  return segments
    .map((segment) => {
      const own = segment.words?.map((word) => ({
        word: word.word.trim(),
        start: word.start,
        end: word.end,
        confidence: word.probability ?? null,
      }));
      const words = own ?? topWords.filter((word) => word.start >= segment.start && word.start < segment.end);
      const speaker =
        segment.speaker === undefined || segment.speaker === null || segment.speaker === ''
          ? {}
          : { speaker: speakerName(segment.speaker) };
      return { start: segment.start, end: segment.end, text: segment.text.trim(), words, ...speaker };
    })
    .filter((segment) => segment.text.length > 0);
}

/** "A" or 0 become "Speaker A" / "Speaker 1"; a server's own names ("SPEAKER_00", "agent") are kept. */
function speakerName(label: string | number): string {
  if (typeof label === 'number') return `Speaker ${label + 1}`;
  return /^[A-Z0-9]$/i.test(label) ? `Speaker ${label.toUpperCase()}` : label;
}

/** Any server that speaks OpenAI's `/v1/audio/transcriptions` with `verbose_json`. */
export class OpenAiCompatibleEngine implements SpeechEngine {
  readonly id = 'openai_compatible';

  constructor(private readonly settings: OpenAiCompatibleSettings) {}

  modelFor(options: RecognitionOptions): string {
    return options.model ?? this.settings.defaultModel;
  }

  async transcribe(wavPath: string, options: RecognitionOptions): Promise<RecognisedSegment[]> {
    const form = new FormData();
    form.append('file', await openAsBlob(wavPath, { type: 'audio/wav' }), 'audio.wav');
    form.append('model', this.modelFor(options));
    form.append('response_format', 'verbose_json');
    form.append('timestamp_granularities[]', 'segment');
    form.append('timestamp_granularities[]', 'word');
    if (options.language) form.append('language', options.language.split('-')[0]);
    if (options.prompt) form.append('prompt', options.prompt);
    const response = await request(`${this.settings.baseUrl.replace(/\/+$/, '')}/v1/audio/transcriptions`, {
      method: 'POST',
      body: form,
      headers: this.settings.apiKey ? { authorization: `Bearer ${this.settings.apiKey}` } : {},
      headersTimeout: this.settings.timeoutMs,
      bodyTimeout: this.settings.timeoutMs,
    });
    const text = await response.body.text();
    if (response.statusCode >= 300)
      throw new Error(`the speech-to-text server answered ${response.statusCode}: ${text.slice(0, 200)}`);
    return segmentsFromVerboseJson(JSON.parse(text) as VerboseJson);
  }
}
