import type { ServiceSchema } from '@callsight/persistence';
import { MESSAGING_ENTITIES } from '@callsight/messaging/outbox/messaging-tables';
import { CallEntity, JobEntity, JobEventEntity } from './jobs/job.entity';
import { WorkspaceConfigVersionEntity } from './workspace-config/workspace-config-version.entity';
import { InitialIngestionSchema1732480000000 } from './migrations/1732480000000-initial-ingestion-schema';
import { JobAttemptsAndIdempotency1732520000000 } from './migrations/1732520000000-job-attempts-and-idempotency';
import { AttemptStartedAt1732600000000 } from './migrations/1732600000000-attempt-started-at';
import { WatchdogRedrives1732700000000 } from './migrations/1732700000000-watchdog-redrives';
import { EventFailures1732810000000 } from './migrations/1732810000000-event-failures';
import { ConfigVersions1732900000000 } from './migrations/1732900000000-config-versions';
import { SuppliedTranscriptRedaction1733000000000 } from './migrations/1733000000000-supplied-transcript-redaction';
import { WebhookAuthHeader1733460000000 } from './migrations/1733460000000-webhook-auth-header';
import { JobMissed1733560000000 } from './migrations/1733560000000-job-missed';
import { JobAudioSeconds1733650000000 } from './migrations/1733650000000-job-audio-seconds';
import { MissedCallRecovery1733760000000 } from './migrations/1733760000000-missed-call-recovery';
import { CallTimeZone1733800000000 } from './migrations/1733800000000-call-time-zone';
import { IdempotencyKeyEntity } from './calls/idempotency-key.entity';

export const INGESTION_SCHEMA: ServiceSchema = {
  schema: 'ingestion',
  entities: [
    CallEntity,
    JobEntity,
    JobEventEntity,
    WorkspaceConfigVersionEntity,
    IdempotencyKeyEntity,
    ...MESSAGING_ENTITIES,
  ],
  migrations: [
    InitialIngestionSchema1732480000000,
    JobAttemptsAndIdempotency1732520000000,
    AttemptStartedAt1732600000000,
    WatchdogRedrives1732700000000,
    EventFailures1732810000000,
    ConfigVersions1732900000000,
    SuppliedTranscriptRedaction1733000000000,
    WebhookAuthHeader1733460000000,
    JobMissed1733560000000,
    JobAudioSeconds1733650000000,
    MissedCallRecovery1733760000000,
    CallTimeZone1733800000000,
  ],
};
