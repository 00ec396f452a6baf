import type { TrackerConfig, TranscriptSegment } from '@callsight/contracts';
import { AlgorithmSkipped } from '../algorithm';
import {
  CALL,
  DENTAL_BOOKING,
  inputOf,
  NO_SETTINGS,
  outputProblems,
  PLUMBING_EMERGENCY,
  SOFTWARE_DEMO,
} from '../text/fixtures/calls';
import { TRACKERS } from './trackers.algorithm';

const tracker = (fields: Partial<TrackerConfig> & Pick<TrackerConfig, 'id' | 'phrases'>): TrackerConfig => ({
  name: fields.id,
  speaker: 'any',
  part: 'any',
  negation_aware: false,
  word_forms: false,
  ...fields,
});

const run = async (segments: readonly TranscriptSegment[], configured: TrackerConfig[], call = CALL) => {
  const output = await TRACKERS.run(
    inputOf(segments, {}, { call, settings: { ...NO_SETTINGS, trackers: configured } }),
  );
  expect(outputProblems(TRACKERS.outputSchema, output)).toEqual([]);
  return output;
};

const counts = (output: Awaited<ReturnType<typeof run>>) => output.trackers.map((result) => [result.id, result.count]);

describe('trackers', () => {
  it('reports each tracker with its mentions and evidence, zero when unheard, in the configured order', async () => {
    const output = await run(PLUMBING_EMERGENCY, [
      tracker({ id: 'emergency', name: 'Emergency words', phrases: ['flooding', 'burst', 'water is everywhere'] }),
      tracker({ id: 'competitor', phrases: ['roto-rooter', 'mr. rooter'] }),
    ]);
    expect(output.trackers[0]).toEqual({
      id: 'emergency',
      name: 'Emergency words',
      count: 3,
      mentions: [
        ['flooding', 1],
        ['burst', 1],
        ['water is everywhere', 1],
      ].map(([phrase, index]) => ({
        phrase,
        quote: 'hi yeah um my basement is flooding a pipe burst and water is everywhere',
        speaker: 'Customer',
        role: 'customer',
        segment_index: index,
        start: 3.9,
      })),
    });
    expect(output.trackers[1]).toEqual({ id: 'competitor', name: 'competitor', count: 0, mentions: [] });
  });

  it('does not count negated mentions when the tracker is negation-aware', async () => {
    const cancellation = { id: 'cancel', phrases: ['cancel'], word_forms: true };
    expect(counts(await run(DENTAL_BOOKING, [tracker(cancellation)]))).toEqual([['cancel', 1]]);
    expect(counts(await run(DENTAL_BOOKING, [tracker({ ...cancellation, negation_aware: true })]))).toEqual([
      ['cancel', 0],
    ]);
    const price = tracker({ id: 'price', phrases: ['price', 'pricing'], negation_aware: true });
    const output = await run(SOFTWARE_DEMO, [price], { ...CALL, repName: 'Dana Whitfield' });
    // "the price is not a problem" still mentions the price; only the words after "not" are negated.
    expect(output.trackers[0].mentions.map((mention) => [mention.phrase, mention.speaker])).toEqual([
      ['pricing', 'Dana Whitfield'],
      ['price', 'Sam Ortiz'],
    ]);
  });

  it('matches word forms only when the tracker asks for them', async () => {
    const phrases = ['book a cleaning', 'appointment'];
    expect(counts(await run(DENTAL_BOOKING, [tracker({ id: 'booking', phrases })]))).toEqual([['booking', 2]]);
    const forms = await run(
      [{ speaker: 'Caller', text: 'I booked two cleanings and both appointments got moved.', start: null, end: null }],
      [tracker({ id: 'exact', phrases: ['appointment', 'book'] }), tracker({ id: 'forms', phrases, word_forms: true })],
    );
    expect(counts(forms)).toEqual([
      ['exact', 0],
      ['forms', 1],
    ]);
    expect(forms.trackers[1].mentions[0].phrase).toBe('appointment');
  });

  it('keeps to the speaker side and the part of the call a tracker is restricted to', async () => {
    const greeting = tracker({ id: 'greeting', phrases: ['thanks for calling', 'bright smile'], speaker: 'agent' });
    const output = await run(PLUMBING_EMERGENCY, [
      { ...greeting, part: 'start' },
      tracker({ id: 'thanks-agent', phrases: ['thank you'], speaker: 'agent' }),
      tracker({ id: 'thanks-customer', phrases: ['thank you'], speaker: 'customer', part: 'end' }),
      tracker({ id: 'address-early', phrases: ['address'], part: 'start' }),
    ]);
    expect(counts(output)).toEqual([
      ['greeting', 1],
      ['thanks-agent', 0],
      ['thanks-customer', 1],
      ['address-early', 0],
    ]);
    const untimedParts = await run(DENTAL_BOOKING, [
      tracker({ id: 'help-start', phrases: ['help'], part: 'start' }),
      tracker({ id: 'help-end', phrases: ['help'], part: 'end' }),
    ]);
    // By position when untimed: "How can I help" opens the call, "anything else I can help with" closes it ("helpful" is another word).
    expect(counts(untimedParts)).toEqual([
      ['help-start', 1],
      ['help-end', 1],
    ]);
  });

  it('reports the longer phrase where two overlap, counts every mention and quotes at most 20', async () => {
    const many = Array.from({ length: 30 }, (_, index) => ({
      speaker: 'Caller',
      text: index % 2 ? 'i want to cancel my account' : 'please cancel it',
      start: index * 5,
      end: index * 5 + 4,
    }));
    const output = await run(many, [tracker({ id: 'churn', phrases: ['cancel', 'cancel my account'] })]);
    expect(output.trackers[0].count).toBe(30);
    expect(output.trackers[0].mentions).toHaveLength(20);
    expect(output.trackers[0].mentions.slice(0, 2).map((mention) => mention.phrase)).toEqual([
      'cancel',
      'cancel my account',
    ]);
  });

  it('is skipped when the workspace has no trackers', async () => {
    await expect(TRACKERS.run(inputOf(DENTAL_BOOKING, {}))).rejects.toEqual(
      new AlgorithmSkipped('the workspace has no trackers'),
    );
  });
});
