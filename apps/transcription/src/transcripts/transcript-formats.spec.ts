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
    const srt = '1\n00:00:01,000 --> 00:00:02,500\nRep: Hello there.\n\n2\n00:01:02,250 --> 00:01:04,000\nno speaker here\n';
    expect(parseSuppliedTranscript(srt)).toEqual({
      format: 'srt',
      segments: [
        { speaker: 'Rep', text: 'Hello there.', start: 1, end: 2.5 },
        { speaker: 'Unknown', text: 'no speaker here', start: 62.25, end: 64 },
      ],
    });
  });

  it('reads AssemblyAI utterances (milliseconds)', () => {
    const json = JSON.stringify({ text: 'x', utterances: [{ speaker: 'A', text: 'Hi.', start: 250, end: 1250, words: [] }, { speaker: 'B', text: 'Hello.', start: 1500, end: 2000 }] });
    expect(parseSuppliedTranscript(json).segments).toEqual([
      { speaker: 'A', text: 'Hi.', start: 0.25, end: 1.25 },
      { speaker: 'B', text: 'Hello.', start: 1.5, end: 2 },
    ]);
  });

  it('reads Deepgram utterances (seconds, numbered speakers)', () => {
    const json = JSON.stringify({ results: { utterances: [{ speaker: 0, transcript: 'Good morning.', start: 0.5, end: 1.2 }, { speaker: 1, transcript: 'Morning!', start: 1.4, end: 2 }] } });
    expect(parseSuppliedTranscript(json).segments.map((segment) => [segment.speaker, segment.text])).toEqual([
      ['Speaker 1', 'Good morning.'],
      ['Speaker 2', 'Morning!'],
    ]);
  });

  it('reads OpenAI verbose_json segments and plain arrays', () => {
    expect(parseSuppliedTranscript(JSON.stringify({ text: 'a b', segments: [{ id: 0, start: 0, end: 1.5, text: ' a b ' }] })).segments).toEqual([{ speaker: 'Unknown', text: 'a b', start: 0, end: 1.5 }]);
    expect(parseSuppliedTranscript(JSON.stringify([{ speaker: 'Rep', text: 'Hi', start: 0, end: 1 }])).segments).toEqual([{ speaker: 'Rep', text: 'Hi', start: 0, end: 1 }]);
  });

  it('treats anything else as speaker lines, including text that only looks like JSON', () => {
    expect(parseSuppliedTranscript('Rep: {not json}').format).toBe('speaker_lines');
    expect(parseSuppliedTranscript('Rep: Thanks.\nCustomer: Sure.').segments).toHaveLength(2);
  });
});
