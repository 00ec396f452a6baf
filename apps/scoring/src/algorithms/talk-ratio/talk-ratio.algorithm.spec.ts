import { talkRatio } from './talk-ratio.algorithm';

const segment = (speaker: string, text: string, start: number | null = null, end: number | null = null) => ({
  speaker,
  text,
  start,
  end,
});
const call = {
  durationSeconds: null,
  callDate: null,
  direction: null,
  title: null,
  titleSource: null,
  repName: null,
  language: null,
};

describe('talk ratio', () => {
  it('counts words, turns and shares per speaker, most talkative first', () => {
    const output = talkRatio({
      segments: [
        segment('Rep', 'Thanks for joining today.'),
        segment('Customer', 'Sure.'),
        segment('Rep', 'Let me show you the demo.'),
        segment('Rep', 'It takes a minute.'),
      ],
      call,
    });
    expect(output.total_words).toBe(15);
    expect(output.dominant_speaker).toBe('Rep');
    expect(output.agent_talk_share).toBe(0.9333);
    expect(output.customer_talk_share).toBe(0.0667);
    expect(output.speakers).toEqual([
      {
        speaker: 'Rep',
        role: 'agent',
        words: 14,
        turns: 2,
        word_share: 0.9333,
        talk_seconds: null,
        time_share: null,
        longest_monologue_words: 10,
        longest_monologue_seconds: null,
      },
      {
        speaker: 'Customer',
        role: 'customer',
        words: 1,
        turns: 1,
        word_share: 0.0667,
        talk_seconds: null,
        time_share: null,
        longest_monologue_words: 1,
        longest_monologue_seconds: null,
      },
    ]);
    expect(output.total_turns).toBe(3);
  });

  it('uses segment times when they are known, and the longest monologue spans a speaker’s consecutive segments', () => {
    const output = talkRatio({
      segments: [segment('A', 'one two', 0, 3), segment('A', 'four', 3, 5), segment('B', 'three', 5, 6)],
      call,
    });
    expect(
      output.speakers.map((s) => [s.speaker, s.role, s.talk_seconds, s.time_share, s.longest_monologue_seconds]),
    ).toEqual([
      ['A', 'agent', 5, 0.8333, 5],
      ['B', 'customer', 1, 0.1667, 1],
    ]);
    expect(output.agent_talk_share).toBe(0.8333);
  });

  it('takes the rep by name when labels say nothing', () => {
    const output = talkRatio({
      segments: [segment('Speaker 1', 'Hello?'), segment('Dana Whitfield', 'Hi, this is Dana from Acme.')],
      call: { ...call, repName: 'Dana Whitfield' },
    });
    expect(output.speakers.find((s) => s.speaker === 'Dana Whitfield')?.role).toBe('agent');
    expect(output.speakers.find((s) => s.speaker === 'Speaker 1')?.role).toBe('customer');
  });

  it('does not count punctuation as words and handles an empty transcript', () => {
    expect(talkRatio({ segments: [segment('A', '— … ?')], call }).total_words).toBe(0);
    expect(talkRatio({ segments: [], call })).toEqual({
      total_words: 0,
      total_turns: 0,
      dominant_speaker: null,
      agent_talk_share: null,
      customer_talk_share: null,
      speakers: [],
    });
  });
});
