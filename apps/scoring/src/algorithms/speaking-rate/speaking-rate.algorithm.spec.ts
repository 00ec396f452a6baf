import type { TranscriptSegment } from '@callsight/contracts';
import {
  CALL,
  inputOf,
  outputProblems,
  PLUMBING_EMERGENCY,
  SOFTWARE_DEMO,
  untimed,
  variablesOf,
} from '../text/fixtures/calls';
import { SPEAKING_RATE, SpeakingRateVariables } from './speaking-rate.algorithm';

const run = (segments: readonly TranscriptSegment[], values: Record<string, unknown> = {}, call = CALL) =>
  SPEAKING_RATE.run(
    inputOf(segments, variablesOf<SpeakingRateVariables>(SPEAKING_RATE.variablesSchema, values), { call }),
  );

describe('speaking rate', () => {
  it('divides words by the seconds each speaker’s segments last, not by the gaps between them', async () => {
    const output = await run(
      [
        { speaker: 'Agent', text: 'one two three four five six seven eight nine ten', start: 0, end: 4 },
        { speaker: 'Customer', text: 'one two three', start: 10, end: 12 },
        { speaker: 'Agent', text: 'one two three four five', start: 30, end: 32 },
      ],
      { min_stretch_words: 5 },
    );
    expect(output).toMatchObject({ timed: true, overall_wpm: 135, agent_wpm: 150, customer_wpm: 90 });
    expect(output.speakers[0]).toMatchObject({ speaker: 'Agent', words: 15, talk_seconds: 6, wpm: 150 });
    expect(output.speakers[0].fastest).toEqual({
      quote: 'one two three four five six seven eight nine ten',
      speaker: 'Agent',
      segment_index: 0,
      start: 0,
      wpm: 150,
      words: 10,
      seconds: 4,
    });
    expect(output.speakers[1].fastest).toBeNull();
  });

  it('finds each side’s pace on a real-looking call and the fastest turn long enough to tell', async () => {
    const output = await run(PLUMBING_EMERGENCY);
    expect(outputProblems(SPEAKING_RATE.outputSchema, output)).toEqual([]);
    const [agent, customer] = output.speakers;
    expect(agent).toMatchObject({ speaker: 'Agent', role: 'agent', words: 78 });
    expect(customer).toMatchObject({ speaker: 'Customer', role: 'customer', words: 61 });
    expect(agent.wpm).toBeGreaterThan(customer.wpm!);
    expect(output.overall_wpm).toBeLessThan(agent.wpm!);
    expect(output.overall_wpm).toBeGreaterThan(customer.wpm!);
    expect(customer.fastest).toMatchObject({
      quote: 'yes it is still running i dont know where the shut off valve is',
      segment_index: 3,
      start: 11.6,
      words: 14,
      seconds: 4.2,
      wpm: 200,
    });
  });

  it('takes sides by the rep’s name when the prospect speaks first', async () => {
    const output = await run(SOFTWARE_DEMO, {}, { ...CALL, repName: 'Dana Whitfield' });
    expect(output.speakers.map((speaker) => [speaker.speaker, speaker.role])).toEqual([
      ['Sam Ortiz', 'customer'],
      ['Dana Whitfield', 'agent'],
    ]);
    expect(output.agent_wpm).toBe(output.speakers[1].wpm);
  });

  it('says nothing about pace for an untimed transcript but still counts words', async () => {
    const output = await run(untimed(PLUMBING_EMERGENCY));
    expect(output).toMatchObject({ timed: false, overall_wpm: null, agent_wpm: null, customer_wpm: null });
    expect(output.speakers.map((speaker) => [speaker.words, speaker.wpm, speaker.fastest])).toEqual([
      [78, null, null],
      [61, null, null],
    ]);
    expect(await run([])).toEqual({
      timed: false,
      overall_wpm: null,
      agent_wpm: null,
      customer_wpm: null,
      speakers: [],
    });
  });
});
