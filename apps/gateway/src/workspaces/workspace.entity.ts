import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApiKeyPlan, ApiKeyScope } from '@callsight/contracts';

@Entity({ name: 'workspaces' })
export class WorkspaceEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  name: string;

  /** Requests a minute per key on the native API; null for the deployment's default. */
  @Column('integer', { name: 'rate_limit_per_minute', nullable: true })
  rateLimitPerMinute: number | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;
}

/** An API key as stored: its hash and a short prefix for people to recognise it, never the key. */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('text')
  name: string;

  @Column('text')
  prefix: string;

  @Column('text', { name: 'key_hash' })
  keyHash: string;

  @Column('text', { array: true })
  scopes: ApiKeyScope[];

  /** Its KestrelVoice plan: the limit on the KestrelVoice routes. */
  @Column('text')
  plan: ApiKeyPlan;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;
}
