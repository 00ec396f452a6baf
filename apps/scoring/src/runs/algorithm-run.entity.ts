import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One algorithm's result on one job's transcript. */
@Entity({ name: 'algorithm_runs' })
export class AlgorithmRunEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('text', { name: 'job_id' })
  jobId: string;

  /** The job attempt a pipeline run was made for; null for on-demand runs and runs from before attempts were recorded. */
  @Column('integer', { name: 'job_attempt', nullable: true })
  jobAttempt: number | null;

  @Column('text', { name: 'transcript_id' })
  transcriptId: string;

  @Column('text', { name: 'algorithm_id' })
  algorithmId: string;

  @Column('integer', { name: 'algorithm_version' })
  algorithmVersion: number;

  @Column('text')
  status: 'succeeded' | 'failed' | 'skipped';

  @Column('jsonb', { nullable: true })
  output: Record<string, unknown> | null;

  /** Why the run failed or was skipped. */
  @Column('text', { nullable: true })
  error: string | null;

  /** The variables the algorithm ran with, defaults filled in. */
  @Column('jsonb')
  variables: Record<string, unknown>;

  /** What an LLM run cost: model, token usage and latency. */
  @Column('jsonb', { nullable: true })
  metrics: Record<string, unknown> | null;

  @Column('text')
  trigger: 'pipeline' | 'on_demand';

  @Column('integer', { name: 'duration_ms' })
  durationMs: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
