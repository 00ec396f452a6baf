/** Words that deny what follows them in a clause: "there's no smell of gas", "it's not an emergency". */
const NEGATOR =
  /\b(no|not|never|none|nothing|without|don'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|aren'?t|weren'?t|haven'?t|hasn'?t|won'?t|can'?t see|cannot see|neither|nor)\b|n't\b/i;

/** How many words before a phrase a negation still reaches. */
const NEGATION_REACH = 4;

/** "no I smell gas": a "no" that answers the question before, then a new statement, negates nothing in it. */
const ANSWERING_NO = /^\s*(?:no|nope|nah)\s+(?=(?:i|i'm|we|we're|it|it's|there|there's|my|our|the|he|she|they)\b)/i;

/** True when one of the few words before `index` in `text` negates what starts there. */
export function negatedBefore(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/’/g, "'");
  const clause = (before.split(/[,;:]|\b(?:but|and then|although|though)\b/i).at(-1) ?? '').replace(ANSWERING_NO, '');
  const words = clause.trim().split(/\s+/).slice(-NEGATION_REACH).join(' ');
  return NEGATOR.test(words);
}

const QUESTION_START =
  /^(?:(?:so|and|okay|ok|um|uh|alright|now)\s+)*(do|does|did|is|are|was|were|can|could|would|will|should|have|has|any|anything|what|how|when|where|why|which|who)\b/i;

/** A question by its mark, or, in unpunctuated speech, by how it starts. */
export const isQuestion = (sentence: string): boolean =>
  sentence.trim().endsWith('?') || (!/[.!]$/.test(sentence.trim()) && QUESTION_START.test(sentence.trim()));

const AFFIRMATIVE =
  /^(?:(?:um|uh|oh|well|so)\s+)*(yes|yeah|yep|yup|correct|right|absolutely|definitely|sure|i do|it does|it is|we do|that'?s right|uh-huh|sounds good|perfect|that works|works for me|great|ok(?:ay)?)\b/i;
const DENIAL = /^(?:(?:um|uh|oh|well)\s+)*(no|nope|nah|not really|i don'?t think so|negative)\b/i;

/** Whether a reply accepts what was said before it: "yes", "that works", "sure". */
export const isAffirmative = (reply: string): boolean =>
  AFFIRMATIVE.test(reply.trim().replace(/’/g, "'")) && !DENIAL.test(reply.trim());

export const isDenial = (reply: string): boolean => DENIAL.test(reply.trim().replace(/’/g, "'"));
