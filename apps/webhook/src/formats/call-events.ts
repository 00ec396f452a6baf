import type { ResultMaterial } from '../deliveries/webhook-payload';
import { outputOf, stringOrNull } from './payload-format';

/** The events that tell what happened on a call, read from its algorithms' outputs. */
export const CALL_EVENTS = ['call.completed', 'appointment.booked', 'emergency.detected', 'call.missed'] as const;
export type CallEvent = (typeof CALL_EVENTS)[number];

export const isCallEvent = (event: string): event is CallEvent => (CALL_EVENTS as readonly string[]).includes(event);

/**
 * What a call event adds to the call's fields, or null when it did not happen on this call: every
 * format that carries these events reads them here, so they cannot disagree on what was detected.
 */
export function callEventDetail(event: CallEvent, material: ResultMaterial): Record<string, unknown> | null {
  switch (event) {
    case 'call.completed':
      return {};
    case 'appointment.booked': {
      const appointment = outputOf(material, 'appointment');
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
      const emergency = outputOf(material, 'emergency');
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
      return outputOf(material, 'missed_call')?.missed === true ? {} : null;
  }
}

/** The call's outcome as the `outcome` aggregate decided it, or null when it did not run. */
export const callOutcomeOf = (material: ResultMaterial): string | null =>
  stringOrNull(outputOf(material, 'outcome')?.outcome);
