import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { FeedbackVerdict } from '@callsight/contracts';

/** Someone's verdict on one run; a run may get several, and the latest counts in the statistics. */
@Entity({ name: 'feedback' })
export class FeedbackEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('text', { name: 'run_id' })
  runId: string;

  @Column('text', { name: 'job_id' })
  jobId: string;

  @Column('text', { name: 'algorithm_id' })
  algorithmId: string;

  @Column('integer', { name: 'algorithm_version' })
  algorithmVersion: number;

  @Column('text')
  verdict: FeedbackVerdict;

  @Column('jsonb', { name: 'corrected_value', nullable: true })
  correctedValue: unknown;

  @Column('text', { nullable: true })
  label: string | null;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
