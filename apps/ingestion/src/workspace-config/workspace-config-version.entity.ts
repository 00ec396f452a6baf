import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConfigSection, WorkspaceConfigSettings } from '@callsight/contracts';

/** One version of a workspace's configuration: what it set after a change, kept forever so a job can be run again as it was. */
@Entity({ name: 'workspace_config_versions' })
export class WorkspaceConfigVersionEntity {
  @PrimaryColumn('text', { name: 'workspace_id' })
  workspaceId: string;

  @PrimaryColumn('integer')
  version: number;

  /** The fields the workspace set, per section, secrets included; the schema's defaults fill the rest. */
  @Column('jsonb')
  settings: WorkspaceConfigSettings;

  @Column('text', { name: 'changed_sections', array: true })
  changedSections: ConfigSection[];

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
