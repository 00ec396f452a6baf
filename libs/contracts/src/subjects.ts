import { NAMESPACE } from './namespace';

const ns = NAMESPACE;

/** Request/reply subjects (commands change state, queries only read). */
export const Subjects = {
  gateway: { health: `${ns}.gateway.q.health` },
  ingestion: {
    submitCall: `${ns}.ingestion.cmd.submit`,
    getJob: `${ns}.ingestion.q.job`,
    listJobs: `${ns}.ingestion.q.jobs`,
    lookupJob: `${ns}.ingestion.q.job-lookup`,
    jobLogs: `${ns}.ingestion.q.job-logs`,
    /** Calls for the vendor read APIs (KestrelVoice, Kridtech): offset pages with a total. */
    vendorCalls: `${ns}.ingestion.q.vendor-calls`,
    jobHistory: `${ns}.ingestion.q.job-history`,
    /** Missed calls in a period and how many were followed by an answered call with the same customer. */
    missedCallRecovery: `${ns}.ingestion.q.missed-call-recovery`,
    retryJob: `${ns}.ingestion.cmd.retry`,
    setJobStatus: `${ns}.ingestion.cmd.set-status`,
    getWorkspaceConfig: `${ns}.ingestion.q.config`,
    getWorkspaceConfigView: `${ns}.ingestion.q.config.view`,
    patchConfigSection: `${ns}.ingestion.cmd.config.patch`,
    replaceConfig: `${ns}.ingestion.cmd.config.replace`,
    health: `${ns}.ingestion.q.health`,
  },
  transcription: {
    getTranscript: `${ns}.transcription.q.transcript`,
    getRecording: `${ns}.transcription.q.recording`,
    health: `${ns}.transcription.q.health`,
  },
  scoring: {
    listRuns: `${ns}.scoring.q.runs`,
    pipelineResults: `${ns}.scoring.q.pipeline-results`,
    runAlgorithms: `${ns}.scoring.cmd.run-algorithms`,
    getRun: `${ns}.scoring.q.run`,
    /** Appointments the appointment algorithm found, for KestrelVoice's `/v1/appointments`: offset pages with a total. */
    appointments: `${ns}.scoring.q.appointments`,
    listAlgorithms: `${ns}.scoring.q.algorithms`,
    getAlgorithm: `${ns}.scoring.q.algorithm`,
    getAlgorithmVariables: `${ns}.scoring.q.algorithm-variables`,
    patchAlgorithmVariables: `${ns}.scoring.cmd.algorithm-variables`,
    copyAlgorithm: `${ns}.scoring.cmd.algorithm-copy`,
    deprecateAlgorithm: `${ns}.scoring.cmd.algorithm-deprecate`,
    restoreAlgorithm: `${ns}.scoring.cmd.algorithm-restore`,
    submitFeedback: `${ns}.scoring.cmd.feedback`,
    listFeedback: `${ns}.scoring.q.feedback`,
    feedbackStats: `${ns}.scoring.q.feedback-stats`,
    health: `${ns}.scoring.q.health`,
  },
  webhook: {
    createEndpoint: `${ns}.webhook.cmd.endpoint-create`,
    listEndpoints: `${ns}.webhook.q.endpoints`,
    getEndpoint: `${ns}.webhook.q.endpoint`,
    updateEndpoint: `${ns}.webhook.cmd.endpoint-update`,
    deleteEndpoint: `${ns}.webhook.cmd.endpoint-delete`,
    rotateEndpointSecret: `${ns}.webhook.cmd.endpoint-rotate`,
    revealEndpointSecret: `${ns}.webhook.q.endpoint-secret`,
    listJobDeliveries: `${ns}.webhook.q.job-deliveries`,
    listEndpointAttempts: `${ns}.webhook.q.endpoint-attempts`,
    redeliverRun: `${ns}.webhook.cmd.redeliver-run`,
    recoverEndpoint: `${ns}.webhook.cmd.endpoint-recover`,
    health: `${ns}.webhook.q.health`,
  },
  stats: {
    summary: `${ns}.stats.q.summary`,
    byOrganization: `${ns}.stats.q.by-organization`,
    daily: `${ns}.stats.q.daily`,
    durationDistribution: `${ns}.stats.q.duration-distribution`,
    trends: `${ns}.stats.q.trends`,
    /** Calls per day, known durations and algorithm results over a period, for KestrelVoice's `/v1/analytics`. */
    analytics: `${ns}.stats.q.analytics`,
    rebuild: `${ns}.stats.cmd.rebuild`,
    health: `${ns}.stats.q.health`,
  },
} as const;

/** Durable events, all published on `<namespace>.evt.<entity>.<fact>` into one JetStream stream. */
export const EventTypes = {
  jobCreated: 'job.created',
  /** Process the call again from the start (retry mode requeue, or a skipped job requeued). */
  jobRequeued: 'job.requeued',
  /** Run the algorithms again on the existing transcript (retry mode rerun). */
  jobRerunRequested: 'job.rerun_requested',
  /** Deliver the latest results again (retry mode redeliver). */
  jobRedeliveryRequested: 'job.redelivery_requested',
  jobSkipped: 'job.skipped',
  jobCompleted: 'job.completed',
  jobFailed: 'job.failed',
  transcriptionStarted: 'transcription.started',
  transcriptionCompleted: 'transcription.completed',
  transcriptionFailed: 'transcription.failed',
  scoringCompleted: 'scoring.completed',
  scoringFailed: 'scoring.failed',
  /** An algorithm run made on demand (run-algorithms) was recorded; pipeline runs travel in scoring.completed. */
  algorithmRunCompleted: 'algorithm_run.completed',
  webhookDelivered: 'webhook.delivered',
  webhookFailed: 'webhook.failed',
  /** One delivery attempt failed and another is scheduled; the job stays delivering. */
  webhookAttemptFailed: 'webhook.attempt_failed',
  webhookSkipped: 'webhook.skipped',
} as const;
export type EventType = (typeof EventTypes)[keyof typeof EventTypes];

export const EVENT_SUBJECT_PREFIX = `${ns}.evt.`;
export const eventSubject = (type: EventType): string => `${EVENT_SUBJECT_PREFIX}${type}`;
export const EVENTS_STREAM = `${ns.toUpperCase().replace(/-/g, '_')}_EVENTS`;
