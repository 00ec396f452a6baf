import { isQuestion, negatedBefore } from '../spoken/cues';
import { Evidence, evidenceOf } from '../spoken/evidence';
import type { Sentence } from '../spoken/sentences';
import type { SpeakerRole } from '../text/speaker-roles';

export interface ActionItem {
  text: string;
  /** Who is to do it: the speaker for "I'll send…", the other side for "please email…". */
  owner: SpeakerRole;
  evidence: Evidence;
}

const DEED =
  '(send|e-?mail|call|ring|text|follow up|check on|look into|take a look|schedule|book|get back|forward|mail|ship|order|update|fix|reach out|have (?:someone|somebody|\\w+) (?:call|email|send|come)|put together|prepare|set up|confirm|pass (?:it|that|this) (?:on|along)|let (?:you|him|her|them) know|come (?:out|by|over)|bring|pick up|drop off|refund|process|write up|share|upload|sign|fill out|pay|escalate)';
/** The speaker takes it on: "I'll send the quote", "we will call you back". */
const COMMITMENT = new RegExp(
  `\\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|we'?re going to|someone will|somebody will)\\s+(?:also\\s+|go ahead and\\s+|just\\s+|definitely\\s+|personally\\s+)?${DEED}\\b`,
  'gi',
);
/** The speaker asks the other side: "please email the photos", "make sure you bring your insurance card". */
const REQUEST = new RegExp(
  `\\b(?:please|could you|can you|would you|make sure (?:to|you)|don'?t forget to|remember to|you'?ll need to|you need to)\\s+(?:also\\s+|just\\s+)?(?:${DEED.slice(1, -1)}|bring|reply|review|arrive|leave|turn off|shut off)\\b`,
  'gi',
);
const MAX_ITEM_CHARS = 160;

/** Commitments and requests, each with who owns it; the same item said twice is listed once. */
export function actionItemsOf(sentences: readonly Sentence[], roles: ReadonlyMap<string, SpeakerRole>): ActionItem[] {
  const seen = new Set<string>();
  return sentences.flatMap((sentence) => {
    const role = roles.get(sentence.speaker) ?? 'customer';
    const commitments = isQuestion(sentence.text) ? [] : [...sentence.text.matchAll(COMMITMENT)];
    const requests = commitments.length > 0 ? [] : [...sentence.text.matchAll(REQUEST)];
    const owner: SpeakerRole = commitments.length > 0 ? role : role === 'agent' ? 'customer' : 'agent';
    return [...commitments, ...requests]
      .filter((match) => !negatedBefore(sentence.text, match.index))
      .map((match) => ({
        text: clauseFrom(sentence.text, match.index),
        owner,
        evidence: evidenceOf(sentence, { index: match.index, length: match[0].length }),
      }))
      .filter((item) => !seen.has(item.text.toLowerCase()) && seen.add(item.text.toLowerCase()));
  });
}

/** From the commitment to the end of its clause, without the trailing punctuation. */
function clauseFrom(text: string, index: number): string {
  const rest = text.slice(index).split(/[.!?;]|,\s*(?:and |but |so )?(?:i|we|you|it'?s|that'?s)\b/i)[0];
  const clause = rest.trim().replace(/[,\s]+$/, '');
  return clause.length <= MAX_ITEM_CHARS ? clause : `${clause.slice(0, MAX_ITEM_CHARS - 1).trimEnd()}…`;
}
