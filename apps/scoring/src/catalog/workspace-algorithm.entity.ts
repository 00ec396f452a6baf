import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A workspace's side of one algorithm: its variables and deprecation for a built-in (a row only once
 * something changed), or a copy it owns, which runs its base algorithm's code under its own id.
 */
@Entity({ name: 'workspace_algorithms' })
export class WorkspaceAlgorithmEntity {
  @PrimaryColumn('text', { name: 'workspace_id' })
  workspaceId: string;

  @PrimaryColumn('text', { name: 'algorithm_id' })
  algorithmId: string;

  /** The built-in whose code runs; equal to algorithmId for a built-in. */
  @Column('text', { name: 'base_algorithm_id' })
  baseAlgorithmId: string;

  /** For a copy: the built-in or copy it was made from. */
  @Column('text', { name: 'copied_from', nullable: true })
  copiedFrom: string | null;

  @Column('text', { nullable: true })
  name: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  /** The version of the variables; for a copy also the version its runs record. 0: never changed. */
  @Column('integer')
  version: number;

  /** The workspace's own values, without the defaults. */
  @Column('jsonb')
  variables: Record<string, unknown>;

  @Column('timestamptz', { name: 'deprecated_at', nullable: true })
  deprecatedAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}

/** Every version of a workspace's variables of one algorithm; never updated. */
@Entity({ name: 'algorithm_variable_versions' })
export class AlgorithmVariablesVersionEntity {
  @PrimaryColumn('text', { name: 'workspace_id' })
  workspaceId: string;

  @PrimaryColumn('text', { name: 'algorithm_id' })
  algorithmId: string;

  @PrimaryColumn('integer')
  version: number;

  @Column('jsonb')
  variables: Record<string, unknown>;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}
