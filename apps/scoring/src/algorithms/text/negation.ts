import type { Token } from './nlp';

/** Words that negate what follows; wink-nlp has already spelled "n't" and "dont" out as "not". */
const CUES = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'nowhere']);

/** A new clause starts here, and the negation does not reach into it. */
const CLAUSE_BREAKS = new Set([
  'but',
  'and',
  'because',
  'cause',
  'though',
  'although',
  'however',
  'instead',
  'rather',
  'unless',
  'except',
  'until',
  'then',
]);

/** A subject pronoun after the cue starts a new clause in run-on speech ("i dont want that i want to cancel")… */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she']);

/** …unless the negation is raised over it: "I don't think we need to cancel" does not mean cancelling. */
const RAISING = new Set(['think', 'believe', 'suppose', 'guess', 'expect', 'feel', 'reckon', 'imagine', 'that']);

/**
 * Whether a new clause starts at this token in run-on speech: at a conjunction, or at a subject
 * pronoun that follows a word ("i dont want that i want to cancel"), unless a verb such as "think"
 * raises the clause before it.
 */
export function startsClause(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  if (!previous?.word || previous.sentence !== token.sentence) return false;
  // "so" intensifies before an adjective or adverb ("thank you so much").
  if (token.normal === 'so') return !['ADJ', 'ADV'].includes(tokens[index + 1]?.pos ?? '');
  // A conjunction starts a clause only if one follows it; at the end it is an afterthought ("great though").
  if (CLAUSE_BREAKS.has(token.normal)) return tokens[index + 1]?.word === true;
  // After an auxiliary the pronoun is the subject of a question, not of a new clause ("how can I help").
  // After a conjunction ("but I…") the clause already started at the conjunction.
  const opened = CLAUSE_BREAKS.has(previous.normal) || previous.normal === 'so';
  return SUBJECTS.has(token.normal) && !opened && !RAISING.has(previous.normal) && !AUXILIARIES.has(previous.normal);
}

// prettier-ignore
const AUXILIARIES = new Set(['do', 'does', 'did', 'can', 'could', 'would', 'will', 'should', 'shall', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had']);

/** How many words a negation reaches at most when nothing ends it sooner. */
const MAX_SCOPE_WORDS = 6;

/**
 * Which tokens a negation covers. wink-nlp's own flag runs to the end of the sentence, which on
 * unpunctuated speech is often the whole turn; this scope ends at punctuation, at a conjunction, at a
 * new subject, or after six words.
 */
export function negationScope(tokens: readonly Token[]): boolean[] {
  const negated = tokens.map(() => false);
  tokens.forEach((token, index) => {
    if (!CUES.has(token.normal)) return;
    let words = 0;
    for (let next = index + 1; next < tokens.length && words < MAX_SCOPE_WORDS; next += 1) {
      const candidate = tokens[next];
      if (!candidate.word || candidate.sentence !== token.sentence) return;
      if (CUES.has(candidate.normal) || startsClause(tokens, next)) return;
      negated[next] = true;
      words += 1;
    }
  });
  return negated;
}
