import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConfigSection } from '@callsight/contracts';

/** One configuration section of one workspace, stored as the JSON the section's schema describes. */
@Entity({ name: 'workspace_config' })
export class WorkspaceConfigEntity {
  @PrimaryColumn('text', { name: 'workspace_id' })
  workspaceId: string;

  @PrimaryColumn('text')
  section: ConfigSection;

  @Column('jsonb')
  value: Record<string, unknown>;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
