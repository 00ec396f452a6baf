import type {
  AlgorithmRunView,
  JobFailedEvent,
  ScoringCompletedEvent,
  WebhookEventType,
  WebhookFormat,
} from '@callsight/contracts';
import type { ResultMaterial } from '../deliveries/webhook-payload';

/**
 * A finished analysis: the same arguments the native `resultPayload` takes, plus the recording's URL,
 * so that every format reads one set of facts and none has to ask another service.
 */
export interface ResultFacts {
  kind: 'result';
  workspaceId: string;
  /** scoring.completed; its `job` is the call. Its compact outputs may be null: formats read `material.runs`. */
  scoring: ScoringCompletedEvent;
  material: ResultMaterial;
  /** Where the receiver can fetch the audio; null for transcript-only calls and uploads with no public URL. */
  recordingUrl: string | null;
  at: Date;
}

/** A job that failed before its results could be delivered. */
export interface FailureFacts {
  kind: 'failure';
  workspaceId: string;
  failure: JobFailedEvent;
  at: Date;
}

/** One of the workspace's endpoints was disabled by Callsight; its other endpoints are told. */
export interface EndpointDisabledFacts {
  kind: 'endpoint-disabled';
  workspaceId: string;
  endpointId: string;
  url: string;
  reason: string;
  at: Date;
}

/** An algorithm run made on demand, whole, as the scoring service keeps it. */
export interface AlgorithmRunFacts {
  kind: 'algorithm-run';
  workspaceId: string;
  run: AlgorithmRunView;
  at: Date;
}

export type DeliveryFacts = ResultFacts | FailureFacts | EndpointDisabledFacts | AlgorithmRunFacts;

export interface PayloadFormat {
  id: WebhookFormat;
  /** Every event the format can carry, in the order a call's deliveries are made. */
  events: readonly WebhookEventType[];
  /**
   * The body for one event, or null when the event does not apply to this call (appointment.booked
   * when nothing was booked, any result event for a failed job). Throws for an event not in `events`.
   */
  body(event: string, facts: DeliveryFacts): Record<string, unknown> | null;
  /** Headers that sign or describe `rawBody`, the exact string that is sent; {} when the format signs nothing itself. */
  signatureHeaders(rawBody: string, secret: string, deliveryId: string, at: Date): Record<string, string>;
  /** Seconds the receiver has to answer before the attempt times out; null for the service default. */
  timeoutSeconds: number | null;
  /**
   * A body this format made earlier, as a new message made `at` (retry mode redeliver): its timestamp,
   * and its recording URL signed anew, as the old one may have expired. Other fields are kept as sent.
   */
  restamp(body: Record<string, unknown>, at: Date, recordingUrl: string | null): Record<string, unknown>;
}

/** The deliveries one call makes in a format: each event that applies, with its body. */
export function bodiesOf(
  format: PayloadFormat,
  facts: DeliveryFacts,
): { event: WebhookEventType; body: Record<string, unknown> }[] {
  return format.events.flatMap((event) => {
    const body = format.body(event, facts);
    return body ? [{ event, body }] : [];
  });
}

/** Refuses an event the format does not carry: a caller asking for one has a bug, not a call it does not apply to. */
export function assertCarries(format: Pick<PayloadFormat, 'id' | 'events'>, event: string): void {
  if (!(format.events as readonly string[]).includes(event))
    throw new Error(`the ${format.id} format carries no ${event} event`);
}

/** The output of an algorithm that ran on the call, whole (not the compact copy); null when it did not run. */
export function outputOf(material: ResultMaterial, algorithmId: string): Record<string, unknown> | null {
  const run = material.runs.filter((candidate) => candidate.algorithm_id === algorithmId).at(-1);
  const output: unknown = run?.output;
  return output !== null && typeof output === 'object' && !Array.isArray(output)
    ? (output as Record<string, unknown>)
    : null;
}

export const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The `{ …, data: { recording_url } }` bodies' URL replaced, where the body has one (a job.failed has none). */
export function withDataRecordingUrl(
  body: Record<string, unknown>,
  recordingUrl: string | null,
): Record<string, unknown> {
  const data = body.data;
  if (data === null || typeof data !== 'object' || !('recording_url' in data)) return body;
  return { ...body, data: { ...(data as Record<string, unknown>), recording_url: recordingUrl } };
}
