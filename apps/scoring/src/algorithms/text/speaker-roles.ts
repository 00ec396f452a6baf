import type { CallFacts } from '../algorithm';

export type SpeakerRole = 'agent' | 'customer';

const AGENT_LABEL =
  /\b(agent|rep|representative|receptionist|assistant|ai|bot|sales|support|advisor|dispatcher|operator|front desk|office|staff|host|technician|tech|dentist|hygienist|coordinator|csr)\b/i;
const CUSTOMER_LABEL = /\b(customer|caller|client|patient|prospect|lead|homeowner|buyer|guest|member|user|tenant)\b/i;

/**
 * Which speakers speak for the business and which are the customer. Labels decide when they say it
 * ("Rep", "Caller"); the rep's name when it is known; otherwise whoever speaks first is the agent, as
 * the business answers inbound calls and opens the ones it makes.
 */
export function speakerRoles(speakers: readonly string[], call: Pick<CallFacts, 'repName'>): Map<string, SpeakerRole> {
  const roles = new Map<string, SpeakerRole>();
  const repName = call.repName?.trim().toLowerCase();
  for (const speaker of speakers) {
    if (repName && speaker.toLowerCase().includes(repName)) roles.set(speaker, 'agent');
    else if (AGENT_LABEL.test(speaker)) roles.set(speaker, 'agent');
    else if (CUSTOMER_LABEL.test(speaker)) roles.set(speaker, 'customer');
  }
  const unlabelled = speakers.filter((speaker) => !roles.has(speaker));
  if (unlabelled.length === 0) return roles;
  const hasAgent = [...roles.values()].includes('agent');
  unlabelled.forEach((speaker, index) =>
    roles.set(speaker, !hasAgent && index === 0 && speaker === speakers[0] ? 'agent' : 'customer'),
  );
  return roles;
}

/** Speakers in the order they first speak. */
export const speakersOf = (segments: readonly { speaker: string }[]): string[] => [
  ...new Set(segments.map((segment) => segment.speaker)),
];

/** Each speaker's role, for code that needs one per segment; a speaker the roles do not know is a customer. */
export function roleOf(segments: readonly { speaker: string }[], call: Pick<CallFacts, 'repName'>) {
  const roles = speakerRoles(speakersOf(segments), call);
  return (speaker: string): SpeakerRole => roles.get(speaker) ?? 'customer';
}
