import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCodes,
  EventEnvelope,
  eventBytes,
  EventTypes,
  JobCreatedEvent,
  JobRetryRequestedEvent,
  MAX_EVENT_BYTES,
  RedactionConfig,
  ResolvedWorkspaceConfig,
  StageFailedEvent,
  Subjects,
  TranscriptionCompletedEvent,
  TranscriptionStartedEvent,
  TranscriptReply,
  TranscriptSegment,
  WorkspaceContext,
} from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { redactionSetting, redactSegments } from '@callsight/redaction';
import { hasWords, parseSuppliedTranscript, renderPlainText, timedLengthOf } from '@callsight/transcript-formats';
import { createEvent, Outbox, RpcClient } from '@callsight/messaging';
import { AudioTranscriberService, AudioTranscript } from '../audio/audio-transcriber.service';
import { AudioRejected } from '../audio/media-tools';
import { RecordingKeeper } from '../recordings/recording-keeper';
import { SpeechEngines } from '../engines/speech-engines';
import { SpeechEngineAvailability } from '../engines/engine-availability';
import { SpeechEngineUnavailable } from '../engines/speech-engine';
import { TranscriptEntity } from './transcript.entity';

const SUPPLIED = 'supplied';

/** What the slow part of transcribing a job produced, to be stored and announced in one transaction. */
export type TranscriptionOutcome =
  | { kind: 'transcribed'; entity: TranscriptEntity }
  | { kind: 'existing'; entity: TranscriptEntity }
  | { kind: 'failed'; code: string; reason: string };

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const withoutWords = (segments: TranscriptEntity['segments']): TranscriptSegment[] =>
  segments.map(({ words: _words, ...segment }) => segment);

/**
 * The recording's measured length, carried forward on the job (ingestion keeps it, the webhook
 * formats and stats read it): the decoded audio's. A supplied transcript's durationSeconds is only the
 * submitted one, so its timeline stands in: the end of its last timed segment, else nothing measured.
 */
const audioSecondsOf = (
  transcript: Pick<TranscriptEntity, 'engine' | 'segments' | 'durationSeconds'>,
): number | null => (transcript.engine === SUPPLIED ? timedLengthOf(transcript.segments) : transcript.durationSeconds);

/** Turns a submitted call into a stored, speaker-attributed transcript and announces it. */
@Injectable()
export class TranscriptsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly rpc: RpcClient,
    private readonly audio: AudioTranscriberService,
    private readonly engines: SpeechEngines,
    private readonly availability: SpeechEngineAvailability,
    private readonly recordings: RecordingKeeper,
  ) {}

  /** The slow part, outside any transaction: announce the start, then parse or recognise. */
  async work(event: EventEnvelope<JobCreatedEvent>): Promise<TranscriptionOutcome> {
    const { data } = event;
    const existing = await this.forAttempt(this.dataSource.manager, event);
    if (existing) return { kind: 'existing', entity: existing };
    const config = await this.rpc.request<ResolvedWorkspaceConfig>(
      Subjects.ingestion.getWorkspaceConfig,
      { workspaceId: event.workspaceId, requestId: newId('req') },
      { version: data.job.configVersion },
    );
    const engine = data.source === 'transcript' ? SUPPLIED : this.engineName(config);
    const redaction = redactionSetting(config);
    try {
      // Before the start is announced and the audio fetched: a job that cannot be transcribed here fails at once, saying how to fix it.
      if (data.source !== 'transcript') await this.availability.assertAvailable(config.transcription.engine);
    } catch (error) {
      if (error instanceof SpeechEngineUnavailable) return { kind: 'failed', code: error.code, reason: error.message };
      throw error;
    }
    await this.announceStart(event, engine);
    if (data.source === 'transcript') return this.fromSupplied(event, redaction);
    try {
      return {
        kind: 'transcribed',
        entity: this.fromAudio(
          event,
          await this.audio.transcribe(event.workspaceId, data, config.transcription),
          redaction,
        ),
      };
    } catch (error) {
      if (error instanceof AudioRejected || error instanceof SpeechEngineUnavailable)
        return { kind: 'failed', code: error.code, reason: error.message };
      throw error;
    }
  }

  /** The quick part, in the consumer's transaction: store and announce. */
  async record(
    event: EventEnvelope<JobCreatedEvent>,
    manager: EntityManager,
    outcome: TranscriptionOutcome,
  ): Promise<EventEnvelope[]> {
    const { job } = event.data;
    if (outcome.kind === 'failed') {
      const failed: StageFailedEvent = { job, code: outcome.code, reason: outcome.reason };
      return [createEvent(EventTypes.transcriptionFailed, event.workspaceId, failed, event.traceparent)];
    }
    // Two deliveries of one attempt may have worked at once; the first to record wins, the other announces it.
    const entity = (await this.forAttempt(manager, event)) ?? outcome.entity;
    const completed: TranscriptionCompletedEvent = {
      job: { ...job, audioSeconds: audioSecondsOf(entity) },
      transcriptId: entity.id,
      engine: entity.engine,
      model: entity.model,
      timings: entity.timings,
      segments: withoutWords(entity.segments),
      text: entity.text,
      durationSeconds: entity.durationSeconds,
      redaction: entity.redaction,
    };
    const announced = createEvent(EventTypes.transcriptionCompleted, event.workspaceId, completed, event.traceparent);
    const bytes = eventBytes(announced);
    if (bytes > MAX_EVENT_BYTES) {
      const failed: StageFailedEvent = {
        job,
        code: 'transcript_too_large',
        reason: `the transcript (${entity.text.length} characters, ${bytes} bytes with its timings) is larger than the ${MAX_EVENT_BYTES} bytes a pipeline message may carry`,
      };
      return [createEvent(EventTypes.transcriptionFailed, event.workspaceId, failed, event.traceparent)];
    }
    if (entity === outcome.entity && outcome.kind === 'transcribed') await manager.insert(TranscriptEntity, entity);
    return [announced];
  }

  /** The transcript already made for this job attempt, if any: the event is then a re-drive, not new work. */
  private forAttempt(manager: EntityManager, event: EventEnvelope<JobCreatedEvent>): Promise<TranscriptEntity | null> {
    const { jobId, attempt } = event.data.job;
    return manager.findOneBy(TranscriptEntity, { jobId, jobAttempt: attempt ?? 1, workspaceId: event.workspaceId });
  }

  /**
   * Retries gave up (engine down, storage unreachable): the job fails with the last error. A copy of
   * fetched audio an attempt may have kept goes too, unless a transcript of the attempt names it.
   */
  async giveUp(
    event: EventEnvelope<JobCreatedEvent>,
    manager: EntityManager,
    error: unknown,
  ): Promise<EventEnvelope[]> {
    if (!(await this.forAttempt(manager, event)))
      await this.recordings.discard(event.workspaceId, event.data).catch(() => undefined);
    const failed: StageFailedEvent = {
      job: event.data.job,
      code: 'transcription_error',
      reason: `gave up after repeated errors: ${error instanceof Error ? error.message : String(error)}`,
    };
    return [createEvent(EventTypes.transcriptionFailed, event.workspaceId, failed, event.traceparent)];
  }

  /** A rerun: announce the job's latest transcript again, for the new attempt. */
  async replay(event: EventEnvelope<JobRetryRequestedEvent>, manager: EntityManager): Promise<EventEnvelope[]> {
    const { job } = event.data;
    const transcript = await manager.findOne(TranscriptEntity, {
      where: { jobId: job.jobId, workspaceId: event.workspaceId },
      order: { createdAt: 'DESC' },
    });
    if (!transcript) {
      const failed: StageFailedEvent = {
        job,
        code: 'no_transcript',
        reason: 'the job has no transcript to run the algorithms on',
      };
      return [createEvent(EventTypes.transcriptionFailed, event.workspaceId, failed, event.traceparent)];
    }
    const completed: TranscriptionCompletedEvent = {
      job: { ...job, audioSeconds: audioSecondsOf(transcript) },
      transcriptId: transcript.id,
      engine: transcript.engine,
      segments: withoutWords(transcript.segments),
      text: transcript.text,
      durationSeconds: transcript.durationSeconds,
      redaction: transcript.redaction,
    };
    return [createEvent(EventTypes.transcriptionCompleted, event.workspaceId, completed, event.traceparent)];
  }

  async latest(context: WorkspaceContext, jobId: string): Promise<TranscriptReply> {
    const transcript = await this.dataSource
      .getRepository(TranscriptEntity)
      .findOne({ where: { jobId, workspaceId: context.workspaceId }, order: { createdAt: 'DESC' } });
    if (!transcript) throw new DomainError(ErrorCodes.conflict, `Job ${jobId} has no transcript yet`);
    return {
      transcriptId: transcript.id,
      jobId,
      engine: transcript.engine,
      model: transcript.model,
      format: transcript.format,
      channels: transcript.channels,
      timings: transcript.timings,
      segments: transcript.segments,
      text: transcript.text,
      durationSeconds: transcript.durationSeconds,
      redaction: transcript.redaction,
      recordingKey: transcript.recordingKey ?? null,
    };
  }

  private engineName(config: ResolvedWorkspaceConfig): string {
    try {
      return this.engines.choose(config.transcription.engine).id;
    } catch {
      return config.transcription.engine ?? 'unknown';
    }
  }

  /** transcription.started is announced at once, so the job shows `transcribing` while the work runs. */
  private async announceStart(event: EventEnvelope<JobCreatedEvent>, engine: string): Promise<void> {
    const started = createEvent<TranscriptionStartedEvent>(
      EventTypes.transcriptionStarted,
      event.workspaceId,
      { job: event.data.job, engine },
      event.traceparent,
    );
    await this.dataSource.transaction((manager) => this.outbox.add(manager, [started]));
    this.outbox.nudge();
  }

  private fromSupplied(event: EventEnvelope<JobCreatedEvent>, setting: RedactionConfig | null): TranscriptionOutcome {
    const parsed = parseSuppliedTranscript(event.data.transcript ?? '');
    if (!parsed.segments.some((segment) => hasWords(segment.text)))
      return { kind: 'failed', code: 'empty_transcript', reason: 'the transcript has no words' };
    // Redacted at submission: the segments are already what may be stored.
    const early = event.data.suppliedRedaction;
    const { segments, redaction } = early
      ? { segments: parsed.segments, redaction: early.redaction }
      : redactSegments(parsed.segments, setting);
    const text = renderPlainText(segments);
    return {
      kind: 'transcribed',
      entity: this.entity(event, {
        engine: SUPPLIED,
        model: null,
        format: early?.format ?? parsed.format,
        channels: null,
        segments,
        text,
        durationSeconds: event.data.job.durationSeconds,
        timings: null,
        redaction,
        recordingKey: null,
        recordingContentType: null,
      }),
    };
  }

  private fromAudio(
    event: EventEnvelope<JobCreatedEvent>,
    transcript: AudioTranscript,
    setting: RedactionConfig | null,
  ): TranscriptEntity {
    const { segments, redaction } = redactSegments(transcript.segments, setting);
    return this.entity(event, {
      engine: transcript.engine,
      model: transcript.model,
      format: null,
      channels: transcript.channels,
      segments,
      text: renderPlainText(segments),
      durationSeconds: transcript.durationSeconds,
      timings: transcript.timings,
      redaction,
      recordingKey: transcript.recording?.key ?? null,
      recordingContentType: transcript.recording?.contentType ?? null,
    });
  }

  private entity(
    event: EventEnvelope<JobCreatedEvent>,
    parts: Pick<
      TranscriptEntity,
      | 'engine'
      | 'model'
      | 'format'
      | 'channels'
      | 'segments'
      | 'text'
      | 'durationSeconds'
      | 'timings'
      | 'redaction'
      | 'recordingKey'
      | 'recordingContentType'
    >,
  ): TranscriptEntity {
    return {
      id: newId('trn'),
      workspaceId: event.workspaceId,
      jobId: event.data.job.jobId,
      callId: event.data.job.callId,
      jobAttempt: event.data.job.attempt ?? 1,
      language: event.data.language,
      wordCount: countWords(parts.text),
      createdAt: new Date(),
      ...parts,
    };
  }
}
