import { talkRatio } from './talk-ratio.algorithm';

const segment = (speaker: string, text: string, start: number | null = null, end: number | null = null) => ({
  speaker,
  text,
  start,
  end,
});

describe('talk ratio', () => {
  it('counts words, turns and shares per speaker, most talkative first', () => {
    const output = talkRatio({
      segments: [
        segment('Rep', 'Thanks for joining today.'),
        segment('Customer', 'Sure.'),
        segment('Rep', 'Let me show you the demo.'),
        segment('Rep', 'It takes a minute.'),
      ],
      durationSeconds: null,
    });
    expect(output.total_words).toBe(15);
    expect(output.dominant_speaker).toBe('Rep');
    expect(output.speakers).toEqual([
      {
        speaker: 'Rep',
        words: 14,
        turns: 2,
        word_share: 0.9333,
        longest_turn_words: 6,
        talk_seconds: null,
        time_share: null,
      },
      {
        speaker: 'Customer',
        words: 1,
        turns: 1,
        word_share: 0.0667,
        longest_turn_words: 1,
        talk_seconds: null,
        time_share: null,
      },
    ]);
    expect(output.total_turns).toBe(3);
  });

  it('uses segment times when they are known', () => {
    const output = talkRatio({
      segments: [segment('A', 'one two', 0, 3), segment('B', 'three', 3, 4)],
      durationSeconds: 4,
    });
    expect(output.speakers.map((s) => [s.speaker, s.talk_seconds, s.time_share])).toEqual([
      ['A', 3, 0.75],
      ['B', 1, 0.25],
    ]);
  });

  it('does not count punctuation as words and handles an empty transcript', () => {
    expect(talkRatio({ segments: [segment('A', '— … ?')], durationSeconds: null }).total_words).toBe(0);
    expect(talkRatio({ segments: [], durationSeconds: null })).toEqual({
      total_words: 0,
      total_turns: 0,
      dominant_speaker: null,
      speakers: [],
    });
  });
});
