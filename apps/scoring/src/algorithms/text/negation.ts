import type { Token } from './nlp';

/** Words that negate what follows; wink-nlp has already spelled "n't" and "dont" out as "not". */
const CUES = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without', 'nowhere']);

/** A new clause starts here, and the negation does not reach into it. */
const CLAUSE_BREAKS = new Set([
  'but',
  'and',
  'so',
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
  'or',
]);

/** A subject pronoun after the cue starts a new clause in run-on speech ("i dont want that i want to cancel")… */
const SUBJECTS = new Set(['i', 'we', 'they', 'he', 'she']);

/** …unless the negation is raised over it: "I don't think we need to cancel" does not mean cancelling. */
const RAISING = new Set(['think', 'believe', 'suppose', 'guess', 'expect', 'feel', 'reckon', 'imagine', 'that']);

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
      if (CLAUSE_BREAKS.has(candidate.normal) || CUES.has(candidate.normal)) return;
      if (SUBJECTS.has(candidate.normal) && !RAISING.has(tokens[next - 1].normal)) return;
      negated[next] = true;
      words += 1;
    }
  });
  return negated;
}
