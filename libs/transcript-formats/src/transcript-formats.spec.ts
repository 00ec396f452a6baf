import { parseSuppliedTranscript } from './transcript-formats';

describe('supplied transcript formats', () => {
  it('reads WebVTT with voice tags and speaker prefixes', () => {
    const vtt = `WEBVTT

1
00:00:01.000 --> 00:00:03.500
<v Agent>Thanks for calling Acme.</v>

00:00:04.000 --> 00:00:06.000
Customer: I need to book a cleaning.
`;
    expect(parseSuppliedTranscript(vtt)).toEqual({
      format: 'webvtt',
      segments: [
        { speaker: 'Agent', text: 'Thanks for calling Acme.', start: 1, end: 3.5 },
        { speaker: 'Customer', text: 'I need to book a cleaning.', start: 4, end: 6 },
      ],
    });
  });

  it('reads SRT', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,500\nRep: Hello there.\n\n2\n00:01:02,250 --> 00:01:04,000\nno speaker here\n';
    expect(parseSuppliedTranscript(srt)).toEqual({
      format: 'srt',
      segments: [
        { speaker: 'Rep', text: 'Hello there.', start: 1, end: 2.5 },
        { speaker: 'Unknown', text: 'no speaker here', start: 62.25, end: 64 },
      ],
    });
  });

  it('reads AssemblyAI utterances (milliseconds)', () => {
    const json = JSON.stringify({
      text: 'x',
      utterances: [
        { speaker: 'A', text: 'Hi.', start: 250, end: 1250, words: [] },
        { speaker: 'B', text: 'Hello.', start: 1500, end: 2000 },
      ],
    });
    expect(parseSuppliedTranscript(json).segments).toEqual([
      { speaker: 'A', text: 'Hi.', start: 0.25, end: 1.25 },
      { speaker: 'B', text: 'Hello.', start: 1.5, end: 2 },
    ]);
  });

  it('keeps the timed words of utterances', () => {
    const json = JSON.stringify({
      utterances: [
        {
          speaker: 'A',
          text: 'Hi there.',
          start: 250,
          end: 1250,
          words: [
            { text: 'Hi', start: 250, end: 600, confidence: 0.98, speaker: 'A' },
            { text: 'there.', start: 700, end: 1250, confidence: 0.9, speaker: 'A' },
          ],
        },
      ],
    });
    expect(parseSuppliedTranscript(json).segments[0].words).toEqual([
      { word: 'Hi', start: 0.25, end: 0.6, confidence: 0.98 },
      { word: 'there.', start: 0.7, end: 1.25, confidence: 0.9 },
    ]);
  });

  it('reads Deepgram results without utterances: diarized words become speaker turns', () => {
    const word = (text: string, start: number, speaker: number) => ({
      word: text.toLowerCase().replace(/\W/g, ''),
      punctuated_word: text,
      start,
      end: start + 0.4,
      confidence: 0.9,
      speaker,
    });
    const json = JSON.stringify({
      metadata: { request_id: 'x' },
      results: {
        channels: [
          {
            alternatives: [
              {
                transcript: 'hello there hi',
                confidence: 0.9,
                words: [word('Hello', 0, 0), word('there.', 0.5, 0), word('Hi!', 1.2, 1), word('Anyone?', 4, 1)],
              },
            ],
          },
        ],
      },
    });
    const { format, segments } = parseSuppliedTranscript(json);
    expect(format).toBe('json');
    expect(segments.map(({ speaker, text, start, end }) => ({ speaker, text, start, end }))).toEqual([
      { speaker: 'Speaker 1', text: 'Hello there.', start: 0, end: 0.9 },
      { speaker: 'Speaker 2', text: 'Hi!', start: 1.2, end: 1.6 },
      { speaker: 'Speaker 2', text: 'Anyone?', start: 4, end: 4.4 },
    ]);
    expect(segments[0].words).toHaveLength(2);
  });

  it('reads Deepgram multichannel results as one speaker per channel, merged by time', () => {
    const channel = (words: Array<[string, number]>) => ({
      alternatives: [
        {
          transcript: words.map(([text]) => text).join(' '),
          words: words.map(([text, start]) => ({ word: text, start, end: start + 0.5, confidence: 0.8 })),
        },
      ],
    });
    const json = JSON.stringify({
      results: {
        channels: [
          channel([
            ['hello', 0],
            ['caller', 0.6],
          ]),
          channel([['hi', 1.5]]),
        ],
      },
    });
    expect(parseSuppliedTranscript(json).segments.map(({ speaker, text }) => [speaker, text])).toEqual([
      ['Speaker 1', 'hello caller'],
      ['Speaker 2', 'hi'],
    ]);
  });

  it('reads AssemblyAI words (milliseconds) when there are no utterances', () => {
    const json = JSON.stringify({
      text: 'Hi. Hello.',
      words: [
        { text: 'Hi.', start: 0, end: 400, confidence: 0.9, speaker: 'A' },
        { text: 'Hello.', start: 600, end: 1000, confidence: 0.8, speaker: 'B' },
      ],
    });
    expect(parseSuppliedTranscript(json).segments.map(({ speaker, text, start }) => [speaker, text, start])).toEqual([
      ['A', 'Hi.', 0],
      ['B', 'Hello.', 0.6],
    ]);
  });

  it('reads OpenAI verbose_json with word timestamps only (seconds)', () => {
    const json = JSON.stringify({
      task: 'transcribe',
      text: 'Hello there.',
      words: [
        { word: 'Hello', start: 0.2, end: 0.6 },
        { word: 'there.', start: 0.7, end: 1.1 },
      ],
    });
    expect(parseSuppliedTranscript(json).segments).toEqual([
      {
        speaker: 'Unknown',
        text: 'Hello there.',
        start: 0.2,
        end: 1.1,
        words: [
          { word: 'Hello', start: 0.2, end: 0.6, confidence: null },
          { word: 'there.', start: 0.7, end: 1.1, confidence: null },
        ],
      },
    ]);
  });

  it('names Deepgram multichannel utterances without diarization by channel, and ignores per-channel diarization labels', () => {
    const utterances = JSON.stringify({
      results: {
        utterances: [
          { channel: 0, transcript: 'Hello.', start: 0, end: 1 },
          { channel: 1, transcript: 'Hi.', start: 1.2, end: 2 },
        ],
      },
    });
    expect(parseSuppliedTranscript(utterances).segments.map((segment) => segment.speaker)).toEqual([
      'Speaker 1',
      'Speaker 2',
    ]);
    const channel = (start: number) => ({
      alternatives: [{ words: [{ word: 'x', start, end: start + 0.3, speaker: 0 }] }],
    });
    const diarized = JSON.stringify({ results: { channels: [channel(0), channel(1)] } });
    expect(parseSuppliedTranscript(diarized).segments.map((segment) => segment.speaker)).toEqual([
      'Speaker 1',
      'Speaker 2',
    ]);
  });

  it('reads Deepgram utterances (seconds, numbered speakers)', () => {
    const json = JSON.stringify({
      results: {
        utterances: [
          { speaker: 0, transcript: 'Good morning.', start: 0.5, end: 1.2 },
          { speaker: 1, transcript: 'Morning!', start: 1.4, end: 2 },
        ],
      },
    });
    expect(parseSuppliedTranscript(json).segments.map((segment) => [segment.speaker, segment.text])).toEqual([
      ['Speaker 1', 'Good morning.'],
      ['Speaker 2', 'Morning!'],
    ]);
  });

  it('reads OpenAI verbose_json segments and plain arrays', () => {
    expect(
      parseSuppliedTranscript(JSON.stringify({ text: 'a b', segments: [{ id: 0, start: 0, end: 1.5, text: ' a b ' }] }))
        .segments,
    ).toEqual([{ speaker: 'Unknown', text: 'a b', start: 0, end: 1.5 }]);
    expect(
      parseSuppliedTranscript(JSON.stringify([{ speaker: 'Rep', text: 'Hi', start: 0, end: 1 }])).segments,
    ).toEqual([{ speaker: 'Rep', text: 'Hi', start: 0, end: 1 }]);
  });

  it('treats anything else as speaker lines, including text that only looks like JSON', () => {
    expect(parseSuppliedTranscript('Rep: {not json}').format).toBe('speaker_lines');
    expect(parseSuppliedTranscript('Rep: Thanks.\nCustomer: Sure.').segments).toHaveLength(2);
  });
});
