import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TranscriptSegment } from '@callsight/contracts';

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

  /** How the transcript was obtained: `supplied` for caller-provided text, else the speech-to-text engine. */
  @Column('text')
  engine: string;

  @Column('jsonb')
  segments: TranscriptSegment[];

  @Column('text')
  text: string;

  @Column('integer', { name: 'word_count' })
  wordCount: number;

  @Column('double precision', { name: 'duration_seconds', nullable: true })
  durationSeconds: number | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
