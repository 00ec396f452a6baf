import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TranscriptRedaction, TranscriptSegment, TranscriptWord } from '@callsight/contracts';

@Entity({ name: 'transcripts' })
export class TranscriptEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('text', { name: 'job_id' })
  jobId: string;

  @Column('text', { name: 'call_id' })
  callId: string;

  /** The job attempt it was made for; null on transcripts from before attempts were recorded. */
  @Column('integer', { name: 'job_attempt', nullable: true })
  jobAttempt: number | null;

  /** How the transcript was obtained: `supplied` for caller-provided text, else the speech-to-text engine. */
  @Column('text')
  engine: string;

  @Column('text', { nullable: true })
  model: string | null;

  /** For supplied transcripts, the shape they came in (speaker_lines, webvtt, srt, json). */
  @Column('text', { nullable: true })
  format: string | null;

  @Column('integer', { nullable: true })
  channels: number | null;

  @Column('text', { nullable: true })
  language: string | null;

  @Column('jsonb', { nullable: true })
  timings: Record<string, number> | null;

  /** Segments with their words, when the engine gives words. */
  @Column('jsonb')
  segments: Array<TranscriptSegment & { words?: TranscriptWord[] }>;

  @Column('text')
  text: string;

  @Column('integer', { name: 'word_count' })
  wordCount: number;

  /** Set when personal data was redacted before storing: the text and segments hold placeholders. */
  @Column('jsonb', { nullable: true })
  redaction: TranscriptRedaction | null;

  /** Where the call's audio is kept in audio storage (the upload, or the copy fetched from its URL); null for supplied transcripts. */
  @Column('text', { name: 'recording_key', nullable: true })
  recordingKey: string | null;

  @Column('text', { name: 'recording_content_type', nullable: true })
  recordingContentType: string | null;

  @Column('double precision', { name: 'duration_seconds', nullable: true })
  durationSeconds: number | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
