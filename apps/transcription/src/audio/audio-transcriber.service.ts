import { mapLimited } from '@callsight/common/concurrency';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobCreatedEvent, TranscriptionConfig, TranscriptSegment, TranscriptWord } from '@callsight/contracts';
import { SpeechEngines } from '../engines/speech-engines';
import type { RecognisedSegment } from '../engines/speech-engine';
import { TRANSCRIPTION_SETTINGS, TranscriptionSettings } from '../transcription.settings';
import { AudioSourceService } from './audio-source.service';
import { KeptRecording, RecordingKeeper } from '../recordings/recording-keeper';
import { AudioRejected, decodeToPcm, findPauses, measureChannels, peakVolumeDb, probeAudio } from './media-tools';
import { ChannelMode, channelMode, SILENCE_DB } from './channel-mode';
import { ChunkRange, planChunks } from './chunk-plan';
import { hasWords } from '@callsight/transcript-formats';

export interface AudioTranscript {
  segments: Array<TranscriptSegment & { words: TranscriptWord[] }>;
  engine: string;
  model: string;
  durationSeconds: number;
  /** The channels speakers were heard on: 1 for a stereo file with the same audio on both or one silent. */
  channels: number;
  timings: { fetchMs: number; decodeMs: number; recogniseMs: number; realTimeFactor: number };
  /** Where the audio is kept for the call's recording URL. */
  recording: KeptRecording | null;
}

const elapsed = (since: number): number => Math.round(performance.now() - since);

/**
 * Audio to a timed, speaker-attributed transcript: fetch, probe, decode each channel to 16 kHz mono,
 * refuse silence, recognise in chunks (in parallel, within the configured concurrency), and merge
 * the channels by time. Chunks are cut in pauses, so no word is split between two. Stereo calls give
 * one speaker per channel; mono calls one speaker, unless the engine labels speakers (diarization).
 * A stereo file holding a mono call (the same audio on both channels, or one channel silent) is
 * heard as mono, from one channel, so no turn comes out twice and no speaker is empty.
 */
@Injectable()
export class AudioTranscriberService {
  private readonly logger = new Logger(AudioTranscriberService.name);

  constructor(
    @Inject(TRANSCRIPTION_SETTINGS) private readonly settings: TranscriptionSettings,
    private readonly sources: AudioSourceService,
    private readonly engines: SpeechEngines,
    private readonly recordings: RecordingKeeper,
  ) {}

  async transcribe(workspaceId: string, job: JobCreatedEvent, config: TranscriptionConfig): Promise<AudioTranscript> {
    const work = await mkdtemp(join(tmpdir(), 'callsight-stt-'));
    try {
      const started = performance.now();
      const original = join(work, 'original');
      await this.sources.fetch(job, original);
      const transcript = await this.run(job, config, work, original, elapsed(started));
      // Kept only once transcribed: audio refused on the way (silent, too long, no speech) leaves no copy behind.
      return { ...transcript, recording: await this.recordings.keep(workspaceId, job, original) };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private async run(
    job: JobCreatedEvent,
    config: TranscriptionConfig,
    work: string,
    original: string,
    fetchMs: number,
  ): Promise<Omit<AudioTranscript, 'recording'>> {
    const decodeStarted = performance.now();
    const probed = await probeAudio(original);
    // The header's length is only a first check: it may be missing or wrong (VBR mp3), so the decoded audio is measured below.
    this.assertLength(probed.durationSeconds);
    const mode = channelMode(probed.channels, probed.channels >= 2 ? await measureChannels(original) : null);
    const stereo = mode.kind === 'stereo';
    const channels = stereo ? [0, 1] : mode.kind === 'mono' ? [null] : [mode.channel];
    const decoded = await Promise.all(
      channels.map(async (channel, index) => {
        const path = join(work, `channel-${index}.wav`);
        await decodeToPcm(original, path, channel);
        return {
          id: `channel-${index}`,
          path,
          speaker: stereo ? (config.stereo_speakers[index] ?? `Speaker ${index + 1}`) : 'Speaker 1',
          // measureChannels already found the channels it chose live; only a mono file is measured here.
          audible: mode.kind !== 'mono' || (await peakVolumeDb(path)) > SILENCE_DB,
        };
      }),
    );
    const durationSeconds = (await probeAudio(decoded[0].path)).durationSeconds ?? 0;
    if (durationSeconds <= 0) throw new AudioRejected('empty_audio', 'the audio has no length');
    this.assertLength(durationSeconds);
    const audible = decoded.filter((channel) => channel.audible);
    if (audible.length === 0) throw new AudioRejected('silent_audio', 'the audio is silent');
    const decodeMs = elapsed(decodeStarted);

    const recogniseStarted = performance.now();
    const engine = this.engines.choose(config.engine);
    const options = { language: job.language ?? config.language, prompt: config.prompt, model: config.model };
    const plans = await Promise.all(
      audible.map(async (channel) => ({ channel, ranges: await this.chunksOf(channel.path, durationSeconds) })),
    );
    const chunks = plans.flatMap(({ channel, ranges }) => ranges.map((range, index) => ({ channel, range, index })));
    const recognised = await mapLimited(chunks, this.settings.concurrency, async ({ channel, range, index }) => {
      const path = join(work, `${channel.id}-${index}.wav`);
      await decodeToPcm(channel.path, path, null, range);
      const segments = await engine.transcribe(path, options);
      return segments.map((segment) =>
        this.placed(segment, range.start, stereo ? channel.speaker : (segment.speaker ?? channel.speaker)),
      );
    });
    const recogniseMs = elapsed(recogniseStarted);
    const segments = recognised.flat().sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    // Hiss, hold music or a tone pass the silence check but hold nothing to analyse.
    if (!segments.some((segment) => hasWords(segment.text)))
      throw new AudioRejected('no_speech', 'no speech was recognised in the audio');
    const timings = {
      fetchMs,
      decodeMs,
      recogniseMs,
      realTimeFactor: Math.round((recogniseMs / 1000 / durationSeconds) * 1000) / 1000,
    };
    this.logger.log(
      {
        jobId: job.job.jobId,
        engine: engine.id,
        durationSeconds,
        channels: probed.channels,
        heard: describe(mode),
        chunks: chunks.length,
        ...timings,
      },
      'audio transcribed',
    );
    return {
      segments,
      engine: engine.id,
      model: engine.modelFor(options),
      durationSeconds,
      channels: decoded.length,
      timings,
    };
  }

  private assertLength(durationSeconds: number | null): void {
    if (durationSeconds !== null && durationSeconds > this.settings.maxSeconds) {
      throw new AudioRejected(
        'audio_too_long',
        `the audio is ${Math.round(durationSeconds)} s long; at most ${this.settings.maxSeconds} s are transcribed`,
      );
    }
  }

  /** Only audio longer than a chunk is searched for pauses to cut at. */
  private async chunksOf(path: string, durationSeconds: number): Promise<ChunkRange[]> {
    const pauses = durationSeconds > this.settings.chunkSeconds ? await findPauses(path) : [];
    return planChunks(durationSeconds, this.settings.chunkSeconds, pauses);
  }

  /** Chunk-relative times become call times; the speaker is the channel's, or on a mono call the engine's diarization label. */
  private placed(
    segment: RecognisedSegment,
    offset: number,
    speaker: string,
  ): TranscriptSegment & { words: TranscriptWord[] } {
    const words = segment.words.map((word) => ({
      ...word,
      start: round(word.start + offset),
      end: round(word.end + offset),
    }));
    const confidences = words.map((word) => word.confidence).filter((value): value is number => value !== null);
    return {
      speaker,
      text: segment.text,
      start: round(segment.start + offset),
      end: round(segment.end + offset),
      confidence: confidences.length
        ? round(confidences.reduce((sum, value) => sum + value, 0) / confidences.length)
        : null,
      words,
    };
  }
}

function describe(mode: ChannelMode): string {
  switch (mode.kind) {
    case 'dual_mono':
      return `as mono: the channels are one recording (residual ${mode.residualDb.toFixed(1)} dB)`;
    case 'one_channel':
      return `as mono: channel ${mode.channel + 1} only, the other is silent`;
    default:
      return mode.kind;
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
