import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per workspace, day of submission (UTC) and organization: how many jobs were accepted and how they ended. */
@Entity({ name: 'daily_rollups' })
export class DailyRollupEntity {
  @PrimaryColumn('text', { name: 'workspace_id' })
  workspaceId: string;

  @PrimaryColumn('date')
  day: string;

  /** The calls' source_company_id; '' for calls sent without one. */
  @PrimaryColumn('text', { name: 'organization_id' })
  organizationId: string;

  @Column('integer')
  created: number;

  @Column('integer')
  completed: number;

  @Column('integer')
  failed: number;

  @Column('integer')
  skipped: number;

  @Column('bigint', { name: 'processing_ms_sum' })
  processingMsSum: string;

  @Column('double precision', { name: 'call_seconds_sum' })
  callSecondsSum: number;
}
