import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WebhookCredentialType, WebhookEventType, WebhookFormat } from '@callsight/contracts';

/** One of a workspace's webhook endpoints; secrets and credentials are sealed (`SecretBox`), never stored plain. */
@Entity({ name: 'endpoints' })
export class WebhookEndpointEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text', { name: 'workspace_id' })
  workspaceId: string;

  @Column('text')
  url: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text')
  format: WebhookFormat;

  /** Empty: every event the format carries. */
  @Column('text', { name: 'event_types', array: true })
  eventTypes: WebhookEventType[];

  @Column('boolean')
  enabled: boolean;

  /** When its current run of failures began (null: its last delivery succeeded); five days of it disable it. */
  @Column('timestamptz', { name: 'failing_since', nullable: true })
  failingSince: Date | null;

  /** Why Callsight disabled it (a 410 Gone, five days failing); cleared when it is enabled again. */
  @Column('text', { name: 'disabled_reason', nullable: true })
  disabledReason: string | null;

  @Column('boolean', { name: 'https_only' })
  httpsOnly: boolean;

  @Column('jsonb')
  headers: Record<string, string>;

  /**
   * Deliveries a second at most (null: unlimited). Its schedule, `rate_next_at`, is not mapped here: only
   * the claim's SQL writes it, so saving an endpoint never sets it back.
   */
  @Column('integer', { name: 'rate_limit', nullable: true })
  rateLimit: number | null;

  @Column('text', { name: 'credentials_type' })
  credentialsType: WebhookCredentialType;

  @Column('text', { name: 'credentials_header_name', nullable: true })
  credentialsHeaderName: string | null;

  @Column('text', { name: 'credentials_sealed', nullable: true })
  credentialsSealed: string | null;

  @Column('text', { name: 'secret_sealed' })
  secretSealed: string;

  @Column('text', { name: 'previous_secret_sealed', nullable: true })
  previousSecretSealed: string | null;

  @Column('timestamptz', { name: 'previous_secret_expires_at', nullable: true })
  previousSecretExpiresAt: Date | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
