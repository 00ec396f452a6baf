import { callDurationOf, JobRef, WEBHOOK_FORMAT_EVENTS } from '@callsight/contracts';
import { assertCarries, DeliveryFacts, PayloadFormat } from '../payload-format';

/**
 * Kridtech's values are strings ("$15,000"); a metadata entry without a value is left out rather
 * than sent as the string "null".
 */
function dynamicVariablesOf(metadata: JobRef['metadata']): { variable: string; value: string }[] | null {
  const variables = Object.entries(metadata).flatMap(([variable, value]) =>
    value === null ? [] : [{ variable, value: String(value) }],
  );
  return variables.length > 0 ? variables : null;
}

function body(event: string, facts: DeliveryFacts): Record<string, unknown> | null {
  assertCarries(KRIDTECH, event);
  // Kridtech posts only calls that reached call_analyzed; a failed job sends nothing.
  if (facts.kind !== 'result') return null;
  const { job } = facts.scoring;
  // Measured beats stated: the recording's length when transcription measured it.
  const seconds = callDurationOf(job);
  return {
    callId: job.callId,
    status: 'completed',
    durationMs: seconds === null ? null : Math.round(seconds * 1000),
    transcript: facts.material.transcriptText,
    recordingUrl: facts.recordingUrl,
    dynamicVariables: dynamicVariablesOf(job.metadata),
  };
}

/**
 * Kridtech's call webhook: one body per analysed call, every field present. Kridtech signs nothing;
 * receivers are told to check callId against their records.
 */
export const KRIDTECH: PayloadFormat = {
  id: 'kridtech',
  events: WEBHOOK_FORMAT_EVENTS.kridtech,
  body,
  signatureHeaders: () => ({}),
  timeoutSeconds: 10,
  // Kridtech's body has no timestamp of its own: the webhook-timestamp header says when it was sent.
  restamp: (body, _at, recordingUrl) => ({ ...body, recordingUrl }),
};
