import type { TranscriptSegment } from '@callsight/contracts';
import { AlgorithmSkipped } from '../algorithm';
import {
  DENTAL_BOOKING,
  inputOf,
  outputProblems,
  PLUMBING_EMERGENCY,
  SOFTWARE_DEMO,
  variablesOf,
} from '../text/fixtures/calls';
import { INTERRUPTIONS, InterruptionsVariables } from './interruptions.algorithm';

const run = (segments: readonly TranscriptSegment[], values: Record<string, unknown> = {}) =>
  INTERRUPTIONS.run(inputOf(segments, variablesOf<InterruptionsVariables>(INTERRUPTIONS.variablesSchema, values)));

describe('interruptions', () => {
  it('finds who talked over whom on an emergency call, and tells a backchannel from an interruption', async () => {
    const output = await run(PLUMBING_EMERGENCY);
    expect(outputProblems(INTERRUPTIONS.outputSchema, output)).toEqual([]);
    expect(output).toMatchObject({ overlaps: 4, overlap_seconds: 2.5, interruptions: 3, backchannels: 1 });
    expect(output.agent).toEqual({ interruptions: 1, interrupted: 2 });
    expect(output.customer).toEqual({ interruptions: 2, interrupted: 1 });
    expect(output.speakers).toEqual([
      { speaker: 'Agent', role: 'agent', interruptions: 1, interrupted: 2, overlap_seconds: 0.5 },
      { speaker: 'Customer', role: 'customer', interruptions: 2, interrupted: 1, overlap_seconds: 2 },
    ]);
    expect(output.pairs).toEqual([
      { interrupter: 'Customer', interrupted: 'Agent', count: 2 },
      { interrupter: 'Agent', interrupted: 'Customer', count: 1 },
    ]);
    expect(output.examples[0]).toEqual({
      quote: 'wait wait i found it i turned it it stopped',
      speaker: 'Customer',
      segment_index: 7,
      start: 22.8,
      interrupted: 'Agent',
      overlap_seconds: 1.1,
    });
  });

  it('ignores jitter shorter than the threshold and finds no interruption in orderly turns', async () => {
    expect(await run(PLUMBING_EMERGENCY, { min_overlap_seconds: 0.6 })).toMatchObject({
      overlaps: 1,
      interruptions: 1,
      backchannels: 0,
    });
    expect(await run(SOFTWARE_DEMO)).toMatchObject({ overlaps: 0, interruptions: 0, pairs: [], examples: [] });
  });

  it('reads segments in time order, whatever order they arrive in, and a long overlapping turn is no backchannel', async () => {
    const output = await run([
      { speaker: 'Customer', text: 'no no listen to me i already paid that bill last month', start: 4.0, end: 8.0 },
      { speaker: 'Agent', text: 'i understand but the system shows the payment as pending', start: 0, end: 5.0 },
      { speaker: 'Customer', text: 'okay', start: 8.5, end: 9.0 },
    ]);
    expect(output).toMatchObject({ overlaps: 1, interruptions: 1, overlap_seconds: 1 });
    expect(output.pairs).toEqual([{ interrupter: 'Customer', interrupted: 'Agent', count: 1 }]);
  });

  it('is skipped for an untimed transcript', async () => {
    await expect(run(DENTAL_BOOKING)).rejects.toEqual(new AlgorithmSkipped('the transcript has no timings'));
    await expect(run([])).rejects.toBeInstanceOf(AlgorithmSkipped);
  });
});
