import type { Algorithm, AlgorithmInput } from '../algorithm';
import type { AppointmentOutput } from '../appointment/appointment.algorithm';
import type { EmergencyOutput } from '../emergency/emergency.algorithm';
import type { MissedCallOutput } from '../missed-call/missed-call.algorithm';
import { isQuestion, negatedBefore } from '../spoken/cues';
import { EVIDENCE_SCHEMA, Evidence, evidenceOf } from '../spoken/evidence';
import { Sentence, sentencesOf } from '../spoken/sentences';
import { speakerRoles, speakersOf, SpeakerRole } from '../text/speaker-roles';
import { round } from '../text/timing';
import { wordCount } from '../text/words';

/** In order of precedence: the first that holds is the call's outcome. */
const OUTCOMES = [
  'emergency',
  'appointment_booked',
  'missed',
  'voicemail',
  'follow_up_needed',
  'resolved',
  'information_provided',
  'no_resolution',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface OutcomeOutput {
  [key: string]: unknown;
  outcome: Outcome;
  confidence: number;
  /** Every finding that supports an outcome, the chosen one's first. */
  reasons: string[];
  evidence: Evidence | null;
}

const FOLLOW_UP =
  /\b((?:i'?ll|i will|we'?ll|we will|let me|i'?m going to|someone will|somebody will|(?:he|she|they)'?ll|(?:he|she|they) will) (?:\w+ ){0,4}(?:call|ring|get back to|follow up with|email|text|reach out to) (?:you|him|her|them)(?: back)?|get back to you|(?:have|ask) (?:him|her|them|someone|somebody|the (?:\w+ ){1,2}?\w+) (?:to )?(?:call|email) you|(?:call|ring) me back|(?:need|have) to check (?:with|on)|let me (?:check|find out|look into)(?: (?:on )?(?:that|it|this))? and|we'?ll let you know|(?:i'?ll|i will|we'?ll|we will|(?:he|she|they)'?ll|(?:he|she|they) will) (?:\w+ )?(?:send|have it to|get it to|check in with|give you a call)|i'?ll (?:think about it|talk to my \w+) and)\b/i;
/** The caller's problem fixed, or the agent's action that settles the request ("I've cancelled it"). */
const RESOLVED =
  /\b(that (?:fixed|solved|did|sorted) (?:it|the problem)|(?:it'?s|it is|everything'?s|everything is|that'?s) (?:working|fixed) (?:now|again)|works now|(?:you'?re|we'?re|i'?m) all set|problem (?:is )?solved|(?:issue|problem) (?:is |has been )?(?:resolved|fixed|sorted)|that took care of it|good to go|that'?s (?:exactly |all )?what i needed|that'?s all i needed|(?:it|that) worked|(?:it|payment|that) went through|(?:i'?ve|i have|we'?ve|we have) (?:\w+ ){0,2}(?:cancell?ed|updated|unlocked|reset|corrected|refunded|processed|applied|set the account)|(?:it'?s|that'?s|it is|that is|payment is|it was|payment was) (?:now )?(?:approved|cancell?ed|processed|updated)|you'?re (?:all )?(?:registered|updated))\b/i;
const UNRESOLVED =
  /\b(still (?:not working|doesn'?t work|broken|having (?:the )?(?:same )?(?:issue|problem))|(?:that|it) didn'?t (?:help|work|fix)|not (?:fixed|resolved)|(?:take|taking) my business elsewhere|want to speak to (?:a|your) (?:manager|supervisor))\b/i;

/** A customer question the agent answered: the agent's next words say something, not ask back. */
const ANSWER_MIN_WORDS = 4;

interface Finding {
  outcome: Outcome;
  confidence: number;
  reason: string;
  evidence: Evidence | null;
}

/**
 * KestrelVoice's call outcome: the detectors' findings (emergency, booking, missed call) first, then
 * what was said (a promised follow-up, a fix confirmed, questions answered), by a fixed precedence.
 */
export function classifyOutcome({
  segments,
  call,
  results,
}: Pick<AlgorithmInput, 'segments' | 'call' | 'results'>): OutcomeOutput {
  const emergency = results.get('emergency') as EmergencyOutput | undefined;
  const appointment = results.get('appointment') as AppointmentOutput | undefined;
  const missed = results.get('missed_call') as MissedCallOutput | undefined;
  const sentences = sentencesOf(segments);
  const roles = speakerRoles(speakersOf(segments), call);
  const findings: Finding[] = [
    ...fromEmergency(emergency),
    ...fromAppointment(appointment),
    ...fromMissedCall(missed),
    ...laterOf(
      said(sentences, FOLLOW_UP, 'follow_up_needed', 'follow-up promised'),
      said(sentences, RESOLVED, 'resolved', 'resolution confirmed'),
      roles,
    ),
    ...answeredQuestions(sentences, roles),
  ];
  const ranked = [...findings].sort((a, b) => OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome));
  const chosen = ranked[0] ?? noResolution(sentences);
  // Each further finding of the same outcome ("I'll call you back", then "someone will email you") adds a little.
  const support = Math.max(1, ranked.filter((finding) => finding.outcome === chosen.outcome).length);
  return {
    outcome: chosen.outcome,
    confidence: Math.min(0.95, round(chosen.confidence + 0.05 * (support - 1))),
    reasons: [chosen, ...ranked.filter((finding) => finding !== chosen)].map((finding) => finding.reason).slice(0, 10),
    evidence: chosen.evidence,
  };
}

/**
 * A follow-up promised before the caller says it is fixed ("I'll send you a code" … "it worked, I'm
 * in") was kept on the call; the agent's "you're all set" may close one matter and leave another open.
 */
function laterOf(followUps: Finding[], resolutions: Finding[], roles: ReadonlyMap<string, SpeakerRole>): Finding[] {
  const lastAt = (findings: Finding[]) => Math.max(-1, ...findings.map((f) => f.evidence?.segment_index ?? -1));
  const confirmed = resolutions.filter((f) => f.evidence && roles.get(f.evidence.speaker) === 'customer');
  return lastAt(confirmed) > lastAt(followUps) ? resolutions : [...followUps, ...resolutions];
}

function fromEmergency(emergency: EmergencyOutput | undefined): Finding[] {
  if (!emergency?.is_emergency) return [];
  const reason = `emergency detected: ${emergency.category} (${emergency.severity})`;
  return [{ outcome: 'emergency', confidence: emergency.confidence, reason, evidence: emergency.evidence }];
}

function fromAppointment(appointment: AppointmentOutput | undefined): Finding[] {
  if (!appointment?.booked) return [];
  const when = appointment.start ?? appointment.date ?? 'a time not stated';
  const reason = `appointment ${appointment.status} for ${when}`;
  return [{ outcome: 'appointment_booked', confidence: 0.9, reason, evidence: appointment.evidence }];
}

function fromMissedCall(missed: MissedCallOutput | undefined): Finding[] {
  if (!missed?.missed) return [];
  const outcome = missed.reason === 'voicemail' ? 'voicemail' : 'missed';
  return [{ outcome, confidence: 0.9, reason: `call missed: ${missed.reason ?? 'unknown'}`, evidence: null }];
}

/** Phrases said and meant: not denied ("I won't need a call back") and not asked ("are you all set?"). */
function said(sentences: readonly Sentence[], pattern: RegExp, outcome: Outcome, label: string): Finding[] {
  return sentences.flatMap((sentence) => {
    const match = pattern.exec(sentence.text);
    if (!match || negatedBefore(sentence.text, match.index) || isQuestion(sentence.text)) return [];
    const evidence = evidenceOf(sentence, { index: match.index, length: match[0].length });
    return [{ outcome, confidence: 0.75, reason: `${label}: "${match[0]}"`, evidence }];
  });
}

function answeredQuestions(sentences: readonly Sentence[], roles: ReadonlyMap<string, SpeakerRole>): Finding[] {
  return sentences.flatMap((sentence, index) => {
    if (roles.get(sentence.speaker) !== 'customer' || !isQuestion(sentence.text)) return [];
    const answer = sentences.slice(index + 1).find((later) => later.speaker !== sentence.speaker);
    if (!answer || roles.get(answer.speaker) !== 'agent') return [];
    if (isQuestion(answer.text) || wordCount(answer.text) < ANSWER_MIN_WORDS) return [];
    const reason = `question answered: "${sentence.text.slice(0, 80)}"`;
    return [{ outcome: 'information_provided' as const, confidence: 0.6, reason, evidence: evidenceOf(answer) }];
  });
}

function noResolution(sentences: readonly Sentence[]): Finding {
  const complaint = sentences.find((sentence) => UNRESOLVED.test(sentence.text));
  if (complaint)
    return {
      outcome: 'no_resolution',
      confidence: 0.75,
      reason: 'the customer said it is not resolved',
      evidence: evidenceOf(complaint),
    };
  return { outcome: 'no_resolution', confidence: 0.5, reason: 'nothing on the call settled it', evidence: null };
}

export const OUTCOME: Algorithm<Record<string, never>, OutcomeOutput> = {
  id: 'outcome',
  version: 1,
  name: 'Call outcome',
  description:
    'One outcome per call (emergency, appointment_booked, missed, voicemail, follow_up_needed, resolved, information_provided, no_resolution) from the emergency, appointment and missed-call findings and what was said, with the reasons',
  kind: 'aggregate',
  enabledByDefault: true,
  dependsOn: ['emergency', 'appointment', 'missed_call'],
  variablesSchema: { type: 'object', properties: {}, additionalProperties: false },
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['outcome', 'confidence', 'reasons', 'evidence'],
    properties: {
      outcome: { enum: [...OUTCOMES] },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
      reasons: { type: 'array', maxItems: 10, items: { type: 'string', maxLength: 200 } },
      evidence: { oneOf: [EVIDENCE_SCHEMA, { type: 'null' }] },
    },
  },
  run: (input) => Promise.resolve(classifyOutcome(input)),
};
