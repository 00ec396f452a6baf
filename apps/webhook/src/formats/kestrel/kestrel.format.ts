import { createHmac } from 'node:crypto';
import { callDurationOf, kestrelPhoneOf, vendorDuration, WEBHOOK_FORMAT_EVENTS } from '@callsight/contracts';
import { callEventDetail, callOutcomeOf } from '../call-events';
import { assertCarries, DeliveryFacts, PayloadFormat, ResultFacts, withDataRecordingUrl } from '../payload-format';

const EVENTS = WEBHOOK_FORMAT_EVENTS.kestrel;
type KestrelEvent = (typeof EVENTS)[number];

export const KESTREL_SIGNATURE_HEADER = 'x-kestrel-signature';

/**
 * Lowercase hex HMAC-SHA256 of the body's UTF-8 bytes, keyed with the whole secret string as UTF-8
 * (`whsec_` prefix included): Kestrel's docs name the header but not the scheme, and the plainest
 * reading lets a receiver verify with nothing but the secret they were shown.
 */
export function kestrelSignature(rawBody: string, secret: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(Buffer.from(rawBody, 'utf8')).digest('hex');
}

/** Kestrel's example timestamp has whole seconds ("2024-03-09T10:30:00Z"). */
const timestampOf = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

function callData(facts: ResultFacts): Record<string, unknown> {
  const { job } = facts.scoring;
  return {
    call_id: job.callId,
    phone_number: kestrelPhoneOf(job.direction, job.fromNumber, job.toNumber),
    // Measured beats stated: the recording's length when transcription measured it, in whole seconds.
    duration: vendorDuration(callDurationOf(job)),
    outcome: callOutcomeOf(facts.material),
    transcript: facts.material.transcriptText,
    recording_url: facts.recordingUrl,
  };
}

function body(event: string, facts: DeliveryFacts): Record<string, unknown> | null {
  assertCarries(KESTREL, event);
  // Kestrel has no failure event: a call whose analysis failed is not reported as completed.
  if (facts.kind !== 'result') return null;
  const extra = callEventDetail(event as KestrelEvent, facts.material);
  if (!extra) return null;
  return { event, timestamp: timestampOf(facts.at), data: { ...callData(facts), ...extra } };
}

/** KestrelVoice's webhooks: one delivery per event that happened on the call, signed in X-Kestrel-Signature. */
export const KESTREL: PayloadFormat = {
  id: 'kestrel',
  events: EVENTS,
  body,
  signatureHeaders: (rawBody, secret) => ({ [KESTREL_SIGNATURE_HEADER]: kestrelSignature(rawBody, secret) }),
  timeoutSeconds: null,
  restamp: (body, at, recordingUrl) => withDataRecordingUrl({ ...body, timestamp: timestampOf(at) }, recordingUrl),
};
