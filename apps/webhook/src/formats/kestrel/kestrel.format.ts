import { createHmac } from 'node:crypto';
import { JobRef, WEBHOOK_FORMAT_EVENTS } from '@callsight/contracts';
import { assertCarries, DeliveryFacts, outputOf, PayloadFormat, ResultFacts, stringOrNull } from '../payload-format';

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

/** The caller's number: the far end of an inbound call, the dialled one of an outbound; unknown without a direction. */
function phoneNumberOf(job: JobRef): string | null {
  if (job.direction === 'inbound') return job.fromNumber;
  if (job.direction === 'outbound') return job.toNumber;
  return null;
}

/** Kestrel's example timestamp has whole seconds ("2024-03-09T10:30:00Z"). */
const timestampOf = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

function callData(facts: ResultFacts): Record<string, unknown> {
  const { job } = facts.scoring;
  return {
    call_id: job.callId,
    phone_number: phoneNumberOf(job),
    duration: job.durationSeconds === null ? null : Math.round(job.durationSeconds),
    outcome: stringOrNull(outputOf(facts.material, 'outcome')?.outcome),
    transcript: facts.material.transcriptText,
    recording_url: facts.recordingUrl,
  };
}

/** What the event adds to the call's data, or null when the event did not happen on this call. */
function eventData(event: KestrelEvent, facts: ResultFacts): Record<string, unknown> | null {
  switch (event) {
    case 'call.completed':
      return {};
    case 'appointment.booked': {
      const appointment = outputOf(facts.material, 'appointment');
      if (appointment?.booked !== true) return null;
      return {
        appointment: {
          status: stringOrNull(appointment.status),
          start: stringOrNull(appointment.start),
          date: stringOrNull(appointment.date),
          text: stringOrNull(appointment.text),
        },
      };
    }
    case 'emergency.detected': {
      const emergency = outputOf(facts.material, 'emergency');
      if (emergency?.is_emergency !== true) return null;
      const evidence = emergency.evidence as { quote?: unknown } | null | undefined;
      return {
        emergency: {
          category: stringOrNull(emergency.category),
          severity: stringOrNull(emergency.severity),
          quote: stringOrNull(evidence?.quote),
        },
      };
    }
    case 'call.missed':
      return outputOf(facts.material, 'missed_call')?.missed === true ? {} : null;
  }
}

function body(event: string, facts: DeliveryFacts): Record<string, unknown> | null {
  assertCarries(KESTREL, event);
  // Kestrel has no failure event: a call whose analysis failed is not reported as completed.
  if (facts.kind !== 'result') return null;
  const extra = eventData(event as KestrelEvent, facts);
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
};
