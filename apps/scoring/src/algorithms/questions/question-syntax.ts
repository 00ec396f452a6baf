import type { Sentence, TextAnalysis, Token } from '../text/nlp';
import { phrasePattern } from '../text/phrases';

export type QuestionType = 'open' | 'closed';

/** A question found in a text: its type and the characters it spans. */
export interface FoundQuestion {
  type: QuestionType;
  start: number;
  end: number;
}

const WH = new Set(['what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'how']);
// prettier-ignore
const AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'would', 'will', 'is', 'are', 'was', 'were', 'have', 'has', 'should', 'shall', 'may', 'might', 'am']);
// prettier-ignore
const SUBJECTS = new Set(['you', 'i', 'we', 'they', 'he', 'she', 'it', 'there', 'that', 'this', 'your', 'the', 'my', 'our', 'anyone', 'anybody', 'someone', 'somebody', 'everything', 'anything']);
/** After a wh-word, a subject pronoun makes a statement ("what I need is…"), an auxiliary a question ("what do you need"). */
const STATEMENT_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** A question can start after these (a noun ending the last clause, a discourse word); not after a verb ("I know what…"). */
const CONTINUING = new Set(['AUX', 'VERB', 'PART', 'ADP', 'SCONJ', 'PRON', 'DET']);
/** Object pronouns end a clause, so a question can follow them ("I turned it is that okay"). */
const OBJECT_PRONOUNS = new Set(['them', 'him', 'me', 'us']);
const TRAILING = new Set(['and', 'so', 'but', 'or', 'okay', 'ok', 'um', 'uh', 'well']);
/** Words that open a turn before its question ("okay and is pricing a concern"). */
// prettier-ignore
const LEAD_INS = new Set(['so', 'and', 'but', 'okay', 'ok', 'well', 'alright', 'now', 'also', 'um', 'uh', 'oh', 'yeah', 'right', 'great', 'sure']);
/** Invitations to talk: open questions even in the form of a request ("Tell me about your team."). */
const OPEN_INVITATIONS = ['tell me about', 'tell me more', 'walk me through', 'talk me through', 'describe', 'explain'];
/** Read as transcripts are, since wink-nlp normalises some words ("through" is "thru"). */
let invitations: string[][] | null = null;
const invitationWords = (): string[][] =>
  (invitations ??= OPEN_INVITATIONS.map((phrase) => phrasePattern(phrase).normals));

const normalAt = (tokens: readonly Token[], index: number): string => tokens[index]?.normal ?? '';

const invitationAt = (tokens: readonly Token[], index: number): boolean =>
  invitationWords().some((words) => words.every((word, offset) => normalAt(tokens, index + offset) === word));

/** "can you tell me about…" asks for an open answer though it starts like a yes/no question. */
const invitationWithin = (tokens: readonly Token[], from: number, to: number): boolean =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, offset) => from + offset).some((index) =>
    invitationAt(tokens, index),
  );

const opensClause = (tokens: readonly Token[], index: number, sentence: Sentence): boolean =>
  tokens.slice(sentence.firstToken, index).every((token) => LEAD_INS.has(token.normal));

/** Whether `token` carries on the clause `previous` is in, so that no question can start at it. */
function continues(previous: Token, token: Token): boolean {
  if (OBJECT_PRONOUNS.has(previous.normal)) return false;
  // "got it how many…": "it" ends a clause before a wh-word; before an auxiliary it is a subject ("it is the valve").
  if (previous.normal === 'it' && WH.has(token.normal)) return false;
  return CONTINUING.has(previous.pos) || WH.has(previous.normal);
}

/**
 * An auxiliary asks when its subject follows it: a pronoun anywhere ("…the plan do you have…"); a noun
 * only where the clause opens ("is pricing a concern"), as mid-clause "…the plan is pricing…" states.
 */
function hasSubject(tokens: readonly Token[], index: number, sentence: Sentence): boolean {
  const next = tokens[index + 1];
  if (SUBJECTS.has(next.normal)) return true;
  return opensClause(tokens, index, sentence) && (['NOUN', 'PROPN'].includes(next.pos) || next.normal.endsWith('ing'));
}

function questionStartAt(tokens: readonly Token[], index: number, sentence: Sentence): QuestionType | null {
  const token = tokens[index];
  const previous = index > sentence.firstToken ? tokens[index - 1] : null;
  if (previous && continues(previous, token)) return null;
  const next = tokens[index + 1];
  if (!next?.word || next.sentence !== token.sentence) return null;
  if (WH.has(token.normal)) return STATEMENT_SUBJECTS.has(next.normal) ? null : 'open';
  if (opensClause(tokens, index, sentence) && invitationAt(tokens, index)) return 'open';
  if (!AUXILIARIES.has(token.normal) || !hasSubject(tokens, index, sentence)) return null;
  return invitationWithin(tokens, index + 2, Math.min(index + 4, sentence.lastToken)) ? 'open' : 'closed';
}

/** The question type of a sentence the punctuation marks as one: by its first question word, else closed. */
function typeOfMarkedQuestion(tokens: readonly Token[], sentence: Sentence): QuestionType {
  for (let index = sentence.firstToken; index <= sentence.lastToken; index += 1) {
    const found = questionStartAt(tokens, index, sentence);
    if (found) return found;
    if (invitationAt(tokens, index)) return 'open';
  }
  return 'closed';
}

/**
 * Questions in a text. Where the text is punctuated, a sentence ending in "?" is a question and one
 * ending in "." or "!" is not (unless it invites an answer: "Tell me about your team."). Unpunctuated
 * speech, often a whole turn in one "sentence", is read by syntax: a wh-word or an auxiliary before its
 * subject ("do you", "is there") starts a question where a clause can start.
 */
export function findQuestions(analysis: TextAnalysis): FoundQuestion[] {
  const { tokens } = analysis;
  const found: FoundQuestion[] = [];
  for (const sentence of analysis.sentences) {
    const last = tokens[sentence.lastToken];
    if (last.value === '?') {
      found.push({ type: typeOfMarkedQuestion(tokens, sentence), start: sentence.start, end: sentence.end });
      continue;
    }
    if (!last.word) {
      if (invitationAt(tokens, sentence.firstToken))
        found.push({ type: 'open', start: sentence.start, end: sentence.end });
      continue;
    }
    found.push(...unmarkedQuestions(tokens, sentence));
  }
  return found;
}

function unmarkedQuestions(tokens: readonly Token[], sentence: Sentence): FoundQuestion[] {
  const starts: { index: number; type: QuestionType }[] = [];
  for (let index = sentence.firstToken; index <= sentence.lastToken; index += 1) {
    const type = questionStartAt(tokens, index, sentence);
    if (type) starts.push({ index, type });
  }
  return starts.map(({ index, type }, position) => {
    const next = starts[position + 1];
    let lastToken = next ? next.index - 1 : sentence.lastToken;
    // "…scheduling today and" ends before the conjunction that leads into the next question.
    while (lastToken > index && (TRAILING.has(tokens[lastToken].normal) || tokens[lastToken].pos === 'CCONJ'))
      lastToken -= 1;
    return { type, start: tokens[index].start, end: tokens[lastToken].end };
  });
}
