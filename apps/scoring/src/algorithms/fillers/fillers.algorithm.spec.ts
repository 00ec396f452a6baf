import type { TranscriptSegment } from '@callsight/contracts';
import {
  CALL,
  DENTAL_BOOKING,
  inputOf,
  outputProblems,
  SOFTWARE_DEMO,
  untimed,
  variablesOf,
} from '../text/fixtures/calls';
import { FILLERS, FillersVariables } from './fillers.algorithm';

const run = (segments: readonly TranscriptSegment[], values: Record<string, unknown> = {}, call = CALL) =>
  FILLERS.run(inputOf(segments, variablesOf<FillersVariables>(FILLERS.variablesSchema, values), { call }));

const demoCall = { ...CALL, repName: 'Dana Whitfield' };

describe('fillers', () => {
  it('counts the prospect’s fillers on a timed sales call, per minute of their speech and per 100 words', async () => {
    const output = await run(SOFTWARE_DEMO, {}, demoCall);
    expect(outputProblems(FILLERS.outputSchema, output)).toEqual([]);
    const prospect = output.speakers.find((speaker) => speaker.speaker === 'Sam Ortiz')!;
    expect(prospect.fillers).toEqual([
      { filler: 'basically', count: 1 },
      { filler: 'i mean', count: 1 },
      { filler: 'kind of', count: 1 },
      { filler: 'like', count: 1 },
      { filler: 'uh', count: 1 },
      { filler: 'um', count: 1 },
      { filler: 'you know', count: 1 },
    ]);
    // 7 fillers in 65 words over 23.3 seconds of speech.
    expect(prospect).toMatchObject({ role: 'customer', total: 7, per_100_words: 10.77, per_minute: 18.03 });
    expect(output.customer).toEqual({ total: 7, per_minute: 18.03, per_100_words: 10.77 });
    expect(output.agent).toMatchObject({ total: 0, per_100_words: 0 });
    expect(output.total).toBe(7);
  });

  it('does not count "like", "I mean" or "kind of" where they carry meaning', async () => {
    const output = await run(DENTAL_BOOKING);
    expect(output.fillers).toEqual([
      { filler: 'i mean', count: 1 },
      { filler: 'like', count: 1 },
    ]);
    expect(output.speakers.map((speaker) => [speaker.speaker, speaker.total, speaker.per_minute])).toEqual([
      ['Receptionist', 0, null],
      ['Patient', 2, null],
    ]);
  });

  it('counts the workspace’s own list instead of the default one', async () => {
    const output = await run(untimed(SOFTWARE_DEMO), { fillers: ['honestly', 'got it', 'um'] }, demoCall);
    expect(output.fillers).toEqual([
      { filler: 'got it', count: 1 },
      { filler: 'honestly', count: 1 },
      { filler: 'um', count: 1 },
    ]);
    expect(output.per_minute).toBeNull();
  });

  it('refuses a list with an empty filler', () => {
    expect(() => variablesOf(FILLERS.variablesSchema, { fillers: ['um', ' '] })).toThrow('must match pattern');
  });
});
