import type { TranscriptSegment } from '@callsight/contracts';
import type { LlmGateway } from '../algorithm';
import type { JsonSchema } from '../json-schema';
import { transcriptForPrompt } from '../../llm/transcript-for-prompt';
import { CriterionVerdict, notScored, trimQuote } from './criterion-result';

const SYSTEM = [
  'You review recorded phone calls between a business (the agent) and a customer against a checklist.',
  'Judge only from the transcript. For each question: met is true only when the transcript clearly shows it;',
  'quote is the words that show it, copied exactly from one transcript line without its [index], speaker and time,',
  'or null when nothing does; reason is one short sentence.',
].join(' ');

interface Answer {
  met: boolean;
  quote: string | null;
  reason: string;
}

const answerSchema = (keys: string[]): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required: keys,
  properties: Object.fromEntries(
    keys.map((key) => [
      key,
      {
        type: 'object',
        additionalProperties: false,
        required: ['met', 'quote', 'reason'],
        properties: { met: { type: 'boolean' }, quote: { type: ['string', 'null'] }, reason: { type: 'string' } },
      },
    ]),
  ),
});

const comparable = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** When the quoted words were said: the segment holding them, else the one holding their first words. */
export function startOfQuote(segments: readonly TranscriptSegment[], quote: string): number | null {
  const wanted = comparable(quote);
  if (!wanted) return null;
  const opening = wanted.split(' ').slice(0, 6).join(' ');
  const texts = segments.map((segment) => comparable(segment.text));
  const index = texts.findIndex((text) => text.includes(wanted));
  const found = index >= 0 ? index : texts.findIndex((text) => text.includes(opening));
  return found >= 0 ? segments[found].start : null;
}

/**
 * Asks every distinct question of every scorecard in one request, so the transcript is sent once per
 * call however many questions there are; each answer maps back to the questions' criteria.
 */
export async function askQuestions(
  llm: LlmGateway,
  questions: readonly string[],
  segments: readonly TranscriptSegment[],
  maxTranscriptChars: number,
  signal: AbortSignal,
): Promise<Map<string, CriterionVerdict>> {
  const keys = questions.map((_, index) => `q${index + 1}`);
  const listed = questions.map((question, index) => `${keys[index]}: ${question}`).join('\n');
  const transcript = transcriptForPrompt(segments, maxTranscriptChars).text;
  const completion = await llm.complete({
    system: SYSTEM,
    prompt: `Questions:\n${listed}\n\nTranscript (one line per segment: [index] speaker (time): words):\n${transcript}`,
    outputSchema: answerSchema(keys),
    signal,
  });
  const answers = completion.output as Record<string, Answer>;
  return new Map(
    questions.map((question, index) => {
      const answer = answers[keys[index]];
      const quote = answer.quote?.trim();
      const evidence = quote ? [{ quote: trimQuote(quote), start: startOfQuote(segments, quote) }] : [];
      return [question, { met: answer.met, evidence, reason: answer.reason }];
    }),
  );
}

/** Every question unscored for one reason (no endpoint, the model failed). */
export const unanswered = (questions: readonly string[], reason: string): Map<string, CriterionVerdict> =>
  new Map(questions.map((question) => [question, notScored(reason)]));
