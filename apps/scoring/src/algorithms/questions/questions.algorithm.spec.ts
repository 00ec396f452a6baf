import type { TranscriptSegment } from '@callsight/contracts';
import { analyseText } from '../text/nlp';
import {
  CALL,
  DENTAL_BOOKING,
  inputOf,
  outputProblems,
  PLUMBING_EMERGENCY,
  SOFTWARE_DEMO,
  variablesOf,
} from '../text/fixtures/calls';
import { findQuestions } from './question-syntax';
import { QUESTIONS, QuestionsVariables } from './questions.algorithm';

const run = (segments: readonly TranscriptSegment[], values: Record<string, unknown> = {}, call = CALL) =>
  QUESTIONS.run(inputOf(segments, variablesOf<QuestionsVariables>(QUESTIONS.variablesSchema, values), { call }));

const asked = (text: string) =>
  findQuestions(analyseText(text)).map((question) => [question.type, text.slice(question.start, question.end)]);

describe('questions', () => {
  describe('in one text', () => {
    it('takes punctuation at its word: "?" asks, "." states', () => {
      expect(asked('Are you an existing patient with us? Great. Which one would you prefer?')).toEqual([
        ['closed', 'Are you an existing patient with us?'],
        ['open', 'Which one would you prefer?'],
      ]);
      expect(asked('You said Tuesday? What I need is a cleaning. I know what you mean.')).toEqual([
        ['closed', 'You said Tuesday?'],
      ]);
    });

    it('reads unpunctuated speech by its syntax, several questions in one run-on turn', () => {
      expect(asked('can you send someone today do you have a discount what time works for you')).toEqual([
        ['closed', 'can you send someone today'],
        ['closed', 'do you have a discount'],
        ['open', 'what time works for you'],
      ]);
      expect(asked('okay and is pricing a concern for you right now')).toEqual([
        ['closed', 'is pricing a concern for you right now'],
      ]);
    });

    it('counts invitations to talk as open questions, even as requests', () => {
      expect(asked('so tell me about how your team handles scheduling')).toEqual([
        ['open', 'tell me about how your team handles scheduling'],
      ]);
      expect(asked('Could you walk me through your process?')).toEqual([
        ['open', 'Could you walk me through your process?'],
      ]);
      expect(asked('Tell me more about the leak.')).toEqual([['open', 'Tell me more about the leak.']]);
    });

    it('does not take statements with question words for questions', () => {
      for (const text of [
        'i dont know where the shut off valve is',
        'what i need is someone who can come today',
        'when i called yesterday nobody picked up',
        'that is what i said to the technician',
        'i can do you know whatever works',
        'we were wondering if the plan covers that',
      ])
        expect(asked(text)).toEqual([]);
    });
  });

  it('counts questions per speaker and side on an unpunctuated sales call, open ones quoted first', async () => {
    const output = await run(SOFTWARE_DEMO, {}, { ...CALL, repName: 'Dana Whitfield' });
    expect(outputProblems(QUESTIONS.outputSchema, output)).toEqual([]);
    expect(output.agent).toEqual({ total: 5, open: 3, closed: 2 });
    expect(output.customer).toEqual({ total: 0, open: 0, closed: 0 });
    expect(output.examples.map((example) => [example.type, example.quote])).toEqual([
      ['open', 'tell me about how your team handles scheduling today'],
      ['open', 'what does your current process look like'],
      ['open', 'how many people are on the team'],
      ['closed', 'is pricing a concern for you right now'],
      ['closed', 'would you be open to a trial next week'],
    ]);
    expect(output.examples[0]).toMatchObject({ speaker: 'Dana Whitfield', segment_index: 3, start: 6.6 });
  });

  it('counts a punctuated front-desk call and caps the examples', async () => {
    const output = await run(DENTAL_BOOKING, { max_examples: 2 });
    expect(output).toMatchObject({ total: 6, open: 3, closed: 3 });
    expect(output.speakers).toEqual([
      { speaker: 'Receptionist', role: 'agent', total: 5, open: 3, closed: 2 },
      { speaker: 'Patient', role: 'customer', total: 1, open: 0, closed: 1 },
    ]);
    expect(output.examples.map((example) => example.quote)).toEqual([
      'How can I help you today?',
      'What days work best for you?',
    ]);
  });

  it('finds the caller’s and the agent’s questions on an emergency call', async () => {
    const output = await run(PLUMBING_EMERGENCY, { max_examples: 20 });
    expect(output.examples.map((example) => [example.speaker, example.type, example.quote])).toEqual(
      expect.arrayContaining([
        ['Agent', 'open', 'how can i help you'],
        ['Agent', 'open', 'what is the address there'],
        ['Agent', 'closed', 'do you see a valve near the water heater'],
        ['Agent', 'closed', 'does that work'],
        ['Customer', 'closed', 'can someone come today this is terrible'],
      ]),
    );
    expect(output.customer.total).toBe(1);
  });
});
