import type { TranscriptSegment } from '@callsight/contracts';
import {
  CALL,
  DENTAL_BOOKING,
  inputOf,
  outputProblems,
  PLUMBING_EMERGENCY,
  SOFTWARE_DEMO,
  variablesOf,
} from '../text/fixtures/calls';
import { sentimentOf } from '../text/nlp';
import { SENTIMENT, SentimentVariables, sentimentText } from './sentiment.algorithm';

const run = (segments: readonly TranscriptSegment[], values: Record<string, unknown> = {}, call = CALL) =>
  SENTIMENT.run(inputOf(segments, variablesOf<SentimentVariables>(SENTIMENT.variablesSchema, values), { call }));

const turn = (speaker: string, text: string): TranscriptSegment => ({ speaker, text, start: null, end: null });

const labels = async (...texts: string[]) =>
  (await run(texts.map((text, index) => turn(index % 2 ? 'Customer' : 'Agent', text)))).turns.map((t) => t.label);

describe('sentiment', () => {
  it('scores an emergency call: an upset caller, a reassuring agent, the worst and best turns quoted', async () => {
    const output = await run(PLUMBING_EMERGENCY);
    expect(outputProblems(SENTIMENT.outputSchema, output)).toEqual([]);
    expect(output.turns).toHaveLength(12);
    expect(output.agent?.label).toBe('positive');
    expect(output.customer!.score).toBeLessThan(output.agent!.score);
    expect(output.most_negative).toMatchObject({
      quote: 'its forty two maple street can someone come today this is terrible',
      speaker: 'Customer',
      segment_index: 9,
      start: 29.4,
    });
    expect(output.most_negative!.score).toBeLessThan(-0.3);
    expect(output.most_positive?.speaker).toBe('Agent');
    expect(output.turns[9]).toMatchObject({ segment_index: 9, speaker: 'Customer', label: 'negative' });
    expect(output.turns[11]).toMatchObject({ speaker: 'Customer', label: 'positive' });
  });

  it('reads negation: "not happy" is negative, "not bad at all" and "no problem" are not', async () => {
    expect(
      await labels(
        "I'm happy with the service.",
        "I'm not happy with the service.",
        "Honestly it's not bad at all.",
        'no problem at all',
      ),
    ).toEqual(['positive', 'negative', 'positive', 'positive']);
  });

  it('keeps one "not" from turning a whole unpunctuated turn around', () => {
    const text = 'i dont have the receipt he was great though';
    expect(sentimentText(turn('Customer', text))).toBe('i dont have the receipt. he was great though');
    expect(sentimentOf(sentimentText(turn('Customer', text)))).toBeGreaterThan(0);
    expect(sentimentOf(text)).toBeLessThan(0);
  });

  it('leaves fillers and acknowledgements out, as the model scores "like" and "okay" as praise', () => {
    expect(sentimentText(turn('Customer', 'Okay, so I was like, you know, waiting.'))).toBe('so I was waiting.');
    expect(sentimentText(turn('Customer', 'okay i like it'))).toBe('i like it');
    const raw = 'okay so i was like uh waiting';
    expect(sentimentText(turn('Customer', raw))).toBe('so i was waiting');
    expect(sentimentOf(sentimentText(turn('Customer', raw)))).toBeLessThan(sentimentOf(raw));
  });

  it('weighs the turns that express something, per speaker and side, with the workspace’s thresholds', async () => {
    const output = await run(DENTAL_BOOKING);
    expect(output.speakers.map((speaker) => [speaker.speaker, speaker.role, speaker.turns])).toEqual([
      ['Receptionist', 'agent', 5],
      ['Patient', 'customer', 5],
    ]);
    expect(output.overall.label).toBe('positive');
    expect(output.most_negative).toBeNull();
    const strict = await run(DENTAL_BOOKING, { positive_threshold: 0.9 });
    expect(strict.overall).toEqual({ score: output.overall.score, label: 'neutral' });
    const demo = await run(SOFTWARE_DEMO, {}, { ...CALL, repName: 'Dana Whitfield' });
    expect(demo.agent!.score).toBeGreaterThan(demo.customer!.score);
    expect(demo.most_negative?.speaker).toBe('Sam Ortiz');
  });

  it('says nothing about an empty call', async () => {
    expect(await run([])).toEqual({
      overall: { score: 0, label: 'neutral' },
      agent: null,
      customer: null,
      speakers: [],
      turns: [],
      most_positive: null,
      most_negative: null,
    });
  });
});
