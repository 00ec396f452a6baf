import type { Algorithm, AlgorithmInput } from '../algorithm';
import { isAffirmative, isDenial, isQuestion, negatedBefore } from '../spoken/cues';
import { EVIDENCE_SCHEMA, Evidence, evidenceOf } from '../spoken/evidence';
import { Sentence, sentencesOf } from '../spoken/sentences';
import { speakerRoles, speakersOf, SpeakerRole } from '../text/speaker-roles';
import { dateOf, isoOf, LocalTime, referenceOf, Reference, TimeMention, timesIn } from './appointment-times';
import type { LocalDay } from './spoken-times';

export interface AppointmentVariables {
  /** IANA timezone the business books in; spoken times are wall-clock times there. The workspace's unless set. */
  timezone: string;
}

export type AppointmentStatus = 'booked' | 'rescheduled' | 'cancelled' | 'discussed' | 'none';

export interface AppointmentOutput {
  [key: string]: unknown;
  booked: boolean;
  status: AppointmentStatus;
  /** The appointment's start with the timezone's offset; null when no time of day was agreed. */
  start: string | null;
  /** Its day (YYYY-MM-DD), also when only the day was said ("see you Thursday"). */
  date: string | null;
  /** The date and time as they were said. */
  text: string | null;
  evidence: Evidence | null;
}

/** What the call has settled on so far: proposals fill it in, a new day keeps the time and vice versa. */
interface Slot {
  date: LocalDay | null;
  time: LocalTime | null;
  datePhrase: string | null;
  timePhrase: string | null;
  timeZone: string | null;
}

interface Decision {
  kind: 'booked' | 'cancelled';
  slot: Slot;
  sentence: Sentence;
}

const CONFIRMED =
  /\b(you'?re (?:all )?(?:booked|scheduled|confirmed)|you are (?:all )?(?:booked|scheduled|confirmed)|(?:i'?ve|i have|we'?ve|we have) (?:got you |gone ahead and )?(?:booked|scheduled|put you (?:down|in)|penciled you in|got you down)|(?:i'?ll|i will|let me) (?:go ahead and )?(?:book|schedule|put) you|(?:your|the) (?:appointment|visit|booking|cleaning|consultation) is (?:now )?(?:confirmed|booked|set|scheduled)|booked (?:you|it) (?:in|for)|(?:we'?ll|we will|i'?ll) see you|see you (?:then|on|tomorrow|next|this|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|got you (?:down|in|booked|scheduled)|(?:i'?ve|i have|we'?ve|we have) (?:moved|switched|changed) you|you'?re on (?:the|our) (?:schedule|calendar|books)|is (?:now )?(?:confirmed|booked|scheduled)|(?:i'?ll|i will) send (?:you |over )?(?:the |a |an )?(?:calendar )?invite)\b/i;
/** "You're all set" and "done" close any request; they confirm a booking only once a time was proposed. */
const SETTLED = /\b(you'?re (?:all )?(?:set|in)|you are (?:all )?set)\b|^done\b/i;
const ACCEPTS =
  /\b(that works|works for me|works|work for (?:me|us)|is (?:fine|good|perfect|great)|would be (?:\w+,? )?(?:ideal|perfect|great|fine)|sounds (?:good|great|perfect)|i'?ll take (?:it|that|the)|let'?s do (?:it|that|the)|let'?s go with|book (?:it|me)|put me down|i can (?:do|make) (?:that|it))\b/i;
const DECLINES =
  /\b(doesn'?t work|does not work|won'?t work|can'?t (?:do|make) (?:that|it)|not available|i'?m (?:busy|working|not free)|let me (?:check|think)|i'?ll (?:think about it|call (?:you )?back|get back to you|let you know)|check my (?:calendar|schedule)|maybe (?:another|later)|none of (?:those|these))\b/i;
const CANCELS =
  /\b(cancel(?:l?ed|l?ing|lation)?)\b(?:.{0,40}\b(?:appointment|visit|booking|cleaning|consultation|reservation|it|that|this)\b)?/i;
const CANCEL_MEANT = /\b(?:appointment|visit|booking|cleaning|consultation|reservation|it|that|this)\b/i;
const RESCHEDULES =
  /\b(re-?schedul\w*|move (?:my|the|our|it|that)\b|change (?:my|the|our) (?:appointment|visit|time)|push (?:it|that|(?:my|the|our) (?:appointment|visit|demo|meeting|call|cleaning|consultation))\b|different (?:day|time))/i;
const SCHEDULING_TALK =
  /\b(appointment|book|booking|schedule|available|availability|opening|openings|slot|come in|come out|stop by|bring (?:him|her|them) in|get you in|fit you in|consultation|visit)\b/i;
/** Words that offer or ask for a time: a day said next to them is a proposal. */
const PROPOSING =
  /\b(how about|what about|(?:does|would|will) .{0,30}work|(?:can|could) you (?:do|make|come)|(?:do|does) you have|(?:we|i) have|(?:we'?ve|i'?ve) got|what (?:time|day)s?|when (?:can|could|would|works)|free|works? for you|i can (?:come|do|be there|make it)|i'?ll be there|(?:can|could|will) be (?:there|out|over)|can (?:send|get) (?:someone|somebody|a tech))\b/i;
const PRICE_ASKED =
  /\b(how much|what (?:does|will|would) (?:it|that|this) cost|(?:the )?(?:cost|price|fee|rate)s? (?:for|of|is))\b/i;
/** A call about an appointment made before: confirming that time again books nothing new. */
const REMINDING =
  /\b(call(?:ing)? to (?:confirm|remind)|(?:a|quick|friendly) reminder (?:about|of|for)|confirm(?:ing)? your (?:appointment|visit|booking|cleaning|consultation))\b/i;
/** Times that are not proposals: opening hours, past visits. */
const NOT_A_PROPOSAL =
  /\b((?:we'?re|we are) (?:open|closed)|we (?:open|close)|(?:open|closes?|opens) (?:until|till|at)|hours are|office hours|last (?:time|visit|appointment)|was (?:on|at)|came in|called (?:yesterday|earlier|on)|ago)\b/i;

/**
 * A booking when it was confirmed: one side proposes a day or time and the other accepts, or the
 * agent says it is booked. Declined proposals leave it discussed; a cancellation that nothing
 * re-booked is cancelled; a booking after a reschedule or cancel request is rescheduled.
 */
export function detectAppointment({
  segments,
  call,
  variables,
}: Pick<AlgorithmInput<AppointmentVariables>, 'segments' | 'call' | 'variables'>): AppointmentOutput {
  const reference = referenceOf(call.callDate, variables.timezone);
  const roles = speakerRoles(speakersOf(segments), call);
  const sentences = sentencesOf(segments).flatMap(clausesOf);
  const decisions: Decision[] = [];
  let slot: Slot = { date: null, time: null, datePhrase: null, timePhrase: null, timeZone: null };
  let existing: Slot | null = null;
  let proposal: Sentence | null = null;
  let rescheduling = false;
  let talked = false;
  for (const [index, sentence] of sentences.entries()) {
    const replyTo = replyIn(sentences, index);
    const mentions = notAProposal(sentence, replyTo) ? [] : mentionsIn(sentence.text, reference);
    const named = mentions.reduce(withMention, slot);
    const offering = sentences.slice(Math.max(0, index - 2), index + 1).some(aboutScheduling);
    talked ||= aboutScheduling(sentence);
    rescheduling ||= saysIntent(sentence, RESCHEDULES, roles);
    const last = decisions.at(-1);
    if (replyTo && last?.sentence === replyTo && last.kind === 'booked' && refuses(sentence.text)) decisions.pop();
    if (cancels(sentence, roles)) {
      // "…and I've cancelled Thursday" after booking Monday cancels the old appointment, not the new one.
      const old = last?.kind === 'booked' && mentions.length > 0 && !sameTime(named, last.slot);
      decisions.splice(old ? -1 : decisions.length, 0, { kind: 'cancelled', slot: named, sentence });
      if (!old) slot = named;
      continue;
    }
    slot = named;
    if (REMINDING.test(sentence.text)) existing = slot;
    const again = existing !== null && sameTime(slot, existing);
    if (!again && confirms(sentence, mentions, replyTo, proposal)) decisions.push({ kind: 'booked', slot, sentence });
    if (mentions.length > 0 && offering) proposal = sentence;
  }
  const decision = decisions.at(-1);
  if (decision?.kind === 'booked') {
    const cancelledBefore = decisions.some((earlier) => earlier.kind === 'cancelled');
    const status = rescheduling || cancelledBefore ? 'rescheduled' : 'booked';
    return outcome(status, decision.slot, decision.sentence, reference);
  }
  if (decision) return outcome('cancelled', decision.slot, decision.sentence, reference);
  if (talked && proposal) return outcome('discussed', slot, proposal, reference);
  return talked ? { ...NONE, status: 'discussed' } : NONE;
}

const NONE: AppointmentOutput = { booked: false, status: 'none', start: null, date: null, text: null, evidence: null };

const mentionsIn = (text: string, reference: Reference | null): TimeMention[] =>
  reference ? timesIn(text, reference) : [];

const aboutScheduling = (sentence: Sentence): boolean =>
  SCHEDULING_TALK.test(sentence.text) || PROPOSING.test(sentence.text);

const sameTime = (a: Slot, b: Slot): boolean => JSON.stringify([a.date, a.time]) === JSON.stringify([b.date, b.time]);

function withMention(slot: Slot, mention: TimeMention): Slot {
  return {
    date: mention.date ?? slot.date,
    datePhrase: mention.date ? mention.phrase : slot.datePhrase,
    time: mention.time ?? slot.time,
    timePhrase: mention.time ? mention.phrase : slot.timePhrase,
    timeZone: mention.time ? mention.timeZone : slot.timeZone,
  };
}

/** Opening hours, past visits, and prices ("how much?" — "it starts at three twenty five"). */
const notAProposal = (sentence: Sentence, replyTo: Sentence | undefined): boolean =>
  NOT_A_PROPOSAL.test(sentence.text) || (replyTo !== undefined && PRICE_ASKED.test(replyTo.text));

/**
 * The other side's sentence this one answers, when it opens or continues a turn: in "Let me check.
 * Yes, that works." the yes still answers the proposal before.
 */
function replyIn(sentences: readonly Sentence[], index: number): Sentence | undefined {
  const speaker = sentences[index].speaker;
  for (let before = index - 1; before >= 0; before -= 1)
    if (sentences[before].speaker !== speaker) return sentences[before];
  return undefined;
}

function confirms(
  sentence: Sentence,
  mentions: readonly TimeMention[],
  replyTo: Sentence | undefined,
  proposal: Sentence | null,
): boolean {
  const settled = proposal !== null && matchesUnnegated(sentence.text, SETTLED);
  if ((settled || matchesUnnegated(sentence.text, CONFIRMED)) && !isQuestion(sentence.text)) return true;
  if (refuses(sentence.text) || !replyTo || !proposal || proposal.speaker === sentence.speaker) return false;
  const answersProposal = proposal === replyTo;
  if (answersProposal && isAffirmative(sentence.text)) return true;
  return matchesUnnegated(sentence.text, ACCEPTS) && (answersProposal || mentions.length > 0);
}

const refuses = (text: string): boolean => isDenial(text) || matchesUnnegated(text, DECLINES);

/**
 * A sentence cut where a new statement starts ("you're all set for Monday and I've cancelled
 * Thursday"), so that the day cancelled does not become the day booked.
 */
const clausesOf = (sentence: Sentence): Sentence[] =>
  sentence.text
    .split(
      /,\s*(?=(?:and |but )?(?:i|i'?ve|i'?ll|we|we'?ve|we'?ll|you|you'?re|it'?s|that'?s)\b)|\s+(?:and|but)\s+(?=(?:i|i'?ve|i'?ll|we|we'?ve|we'?ll|you|you'?re|it'?s|that'?s)\b)/i,
    )
    .filter((text) => text.trim().length > 0)
    .map((text) => ({ ...sentence, text: text.trim() }));

/** Cancelling said, not denied: "I need to cancel my appointment", "I've cancelled that". */
function cancels(sentence: Sentence, roles: ReadonlyMap<string, SpeakerRole>): boolean {
  if (!saysIntent(sentence, CANCELS, roles)) return false;
  const match = CANCELS.exec(sentence.text)!;
  return CANCEL_MEANT.test(match[0]) || /\bcancel(?:l?ed)\b/i.test(match[0]);
}

/** Said and not denied; an agent asking ("do you want to cancel it?") only offers it. */
function saysIntent(sentence: Sentence, pattern: RegExp, roles: ReadonlyMap<string, SpeakerRole>): boolean {
  if (!matchesUnnegated(sentence.text, pattern)) return false;
  return !(isQuestion(sentence.text) && roles.get(sentence.speaker) === 'agent');
}

function matchesUnnegated(text: string, pattern: RegExp): boolean {
  const match = pattern.exec(text);
  return match !== null && !negatedBefore(text, match.index);
}

function outcome(
  status: AppointmentStatus,
  slot: Slot,
  sentence: Sentence,
  reference: Reference | null,
): AppointmentOutput {
  const day = slot.date ?? (slot.time ? (reference?.today ?? null) : null);
  const phrases = [slot.datePhrase, slot.timePhrase].filter(
    (phrase, i, all): phrase is string => !!phrase && all.indexOf(phrase) === i,
  );
  return {
    booked: status === 'booked' || status === 'rescheduled',
    status,
    start: day && slot.time && reference ? isoOf(day, slot.time, slot.timeZone ?? reference.timeZone) : null,
    date: day ? dateOf(day) : null,
    text: phrases.length > 0 ? phrases.join(' ') : null,
    evidence: evidenceOf(sentence),
  };
}

export const APPOINTMENT: Algorithm<AppointmentVariables, AppointmentOutput> = {
  id: 'appointment',
  version: 1,
  name: 'Appointment booking',
  description:
    'Whether an appointment was booked, rescheduled or cancelled on the call and the date and time meant (spoken times such as "two thirty tomorrow" resolved against the call date in the workspace timezone)',
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      timezone: {
        type: 'string',
        minLength: 1,
        maxLength: 64,
        default: 'UTC',
        description:
          "IANA timezone the business books in, such as America/Chicago. Unless set here, the workspace's own (processing.timezone), which is UTC until it names one",
      },
    },
  },
  // Spoken times are wall-clock times where the business is, which is the workspace's zone unless it says otherwise.
  variablesFromSettings: (settings) => ({ timezone: settings.processing.timezone }),
  outputSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['booked', 'status', 'start', 'date', 'text', 'evidence'],
    properties: {
      booked: { type: 'boolean' },
      status: { enum: ['booked', 'rescheduled', 'cancelled', 'discussed', 'none'] },
      start: { type: ['string', 'null'], format: 'date-time' },
      date: { type: ['string', 'null'], format: 'date' },
      text: { type: ['string', 'null'] },
      evidence: { oneOf: [EVIDENCE_SCHEMA, { type: 'null' }] },
    },
  },
  run: (input) => Promise.resolve(detectAppointment(input)),
};
