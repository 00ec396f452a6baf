import type { CallFacts } from '../algorithm';
import type { AppointmentOutput } from '../appointment/appointment.algorithm';
import type { EmergencyCategory } from '../emergency/emergency-cues';
import type { EmergencyOutput } from '../emergency/emergency.algorithm';

export type TitleSource = 'provided' | 'generated';

const MAX_TITLE_CHARS = 80;

const EMERGENCY_LABEL: Record<EmergencyCategory, string> = {
  gas_leak: 'gas leak',
  carbon_monoxide: 'carbon monoxide alarm',
  flooding: 'flooding',
  sewage_backup: 'sewage backup',
  no_heat_or_cooling: 'no heat or cooling',
  electrical_fire: 'electrical fire risk',
  dental_trauma: 'dental trauma',
  medical: 'medical',
  declared: 'urgent request',
  custom: 'urgent request',
};

const CALL_KINDS: [RegExp, string][] = [
  [/\bdemo\b/i, 'Demo call'],
  [/\b(quote|estimate)\b/i, 'Quote request'],
  [/\b(invoice|billing|bill|charge|refund)\b/i, 'Billing question'],
  [/\b(renew|renewal|contract)\b/i, 'Renewal call'],
  [/\b(not working|broken|error|issue|problem|keeps? (?:dropping|crashing|failing))\b/i, 'Support call'],
];

export interface TitleInput {
  call: Pick<CallFacts, 'title' | 'titleSource'>;
  emergency: EmergencyOutput | undefined;
  appointment: AppointmentOutput | undefined;
  topics: readonly string[];
  /** All the call's words, for what kind of call it was. */
  text: string;
}

/**
 * Kendo's title rules: when the caller asked for its own title (disableAiTitleGeneration, or
 * useAiCallTitle false, recorded as titleSource `provided`) and sent one, it is kept; otherwise a
 * title is made from what the call was: an emergency, a booking, or its kind and topics.
 */
export function titleOf(input: TitleInput): { title: string; title_source: TitleSource } {
  const provided = input.call.title?.trim();
  if (input.call.titleSource === 'provided' && provided) return { title: provided, title_source: 'provided' };
  return { title: cut(generatedTitle(input)), title_source: 'generated' };
}

function generatedTitle({ emergency, appointment, topics, text }: TitleInput): string {
  const topic = topics[0];
  if (emergency?.is_emergency && emergency.category)
    return `Emergency: ${EMERGENCY_LABEL[emergency.category]}${topic ? ` (${topic})` : ''}`;
  if (appointment?.booked) {
    const verb = appointment.status === 'rescheduled' ? 'rescheduled to' : 'booked for';
    const when = whenOf(appointment);
    return when ? `Appointment ${verb} ${when}` : `Appointment ${appointment.status}`;
  }
  if (appointment?.status === 'cancelled') return 'Appointment cancelled';
  const kind = CALL_KINDS.find(([pattern]) => pattern.test(text))?.[1];
  const about = topics
    .filter((topic) => !kind?.toLowerCase().includes(topic))
    .slice(0, 2)
    .join(' and ');
  if (kind && about) return `${kind}: ${about}`;
  if (kind) return kind;
  return about ? capitalise(about) : 'Call';
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue Dec 1, 2:30 PM" in the appointment's own timezone (the wall-clock time the customer heard). */
function whenOf(appointment: AppointmentOutput): string | null {
  const date = appointment.start?.slice(0, 10) ?? appointment.date;
  if (!date) return null;
  const [year, month, day] = date.split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const dayText = `${weekday} ${MONTHS[month - 1]} ${day}`;
  if (!appointment.start) return dayText;
  const [hour, minute] = appointment.start.slice(11, 16).split(':').map(Number);
  return `${dayText}, ${hour % 12 || 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const cut = (title: string): string =>
  title.length <= MAX_TITLE_CHARS ? title : `${title.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
