import { NAMESPACE } from './namespace';

const ns = NAMESPACE;

/** Request/reply subjects (commands change state, queries only read). */
export const Subjects = {
  gateway: { health: `${ns}.gateway.q.health` },
  ingestion: {
    submitCall: `${ns}.ingestion.cmd.submit`,
    getJob: `${ns}.ingestion.q.job`,
    getWorkspaceConfig: `${ns}.ingestion.q.config`,
    patchConfigSection: `${ns}.ingestion.cmd.config.patch`,
    health: `${ns}.ingestion.q.health`,
  },
  transcription: { health: `${ns}.transcription.q.health` },
  scoring: { health: `${ns}.scoring.q.health` },
  webhook: { health: `${ns}.webhook.q.health` },
  stats: {
    summary: `${ns}.stats.q.summary`,
    health: `${ns}.stats.q.health`,
  },
} as const;

/** Durable events, all published on `<namespace>.evt.<entity>.<fact>` into one JetStream stream. */
export const EventTypes = {
  jobCreated: 'job.created',
  jobCompleted: 'job.completed',
  jobFailed: 'job.failed',
  transcriptionStarted: 'transcription.started',
  transcriptionCompleted: 'transcription.completed',
  transcriptionFailed: 'transcription.failed',
  scoringCompleted: 'scoring.completed',
  scoringFailed: 'scoring.failed',
  webhookDelivered: 'webhook.delivered',
  webhookFailed: 'webhook.failed',
  webhookSkipped: 'webhook.skipped',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

export const EVENT_SUBJECT_PREFIX = `${ns}.evt.`;
export const eventSubject = (type: EventType): string => `${EVENT_SUBJECT_PREFIX}${type}`;
export const EVENTS_STREAM = `${ns.toUpperCase().replace(/-/g, '_')}_EVENTS`;
