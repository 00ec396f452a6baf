import { timedLengthOf } from './timed-length';
import { parseSuppliedTranscript } from './transcript-formats';

describe('timedLengthOf', () => {
  it('is the end of the last timed segment of a WebVTT transcript', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nRep: Hello.\n\n00:01:02.000 --> 00:01:04.250\nLead: Bye.\n';
    expect(timedLengthOf(parseSuppliedTranscript(vtt).segments)).toBe(64.25);
  });

  it('takes the latest end, not the last segment in order', () => {
    const segments = [
      { start: 0, end: 9.5 },
      { start: 2, end: 4 },
    ];
    expect(timedLengthOf(segments)).toBe(9.5);
  });

  it('is null for speaker lines without timings', () => {
    expect(timedLengthOf(parseSuppliedTranscript('Rep: Hello.\nLead: Hi, thanks.').segments)).toBeNull();
  });

  it('is null when the last turn has a start but no end', () => {
    const stamped = parseSuppliedTranscript('[00:00] Rep: Hello.\n[00:05] Lead: Hi.\n[00:12] Rep: Bye.').segments;
    expect(stamped.at(-1)).toMatchObject({ start: 12, end: null });
    expect(timedLengthOf(stamped)).toBeNull();
  });

  it('ignores untimed segments beside timed ones, and an end of zero', () => {
    expect(
      timedLengthOf([
        { start: null, end: null },
        { start: 1, end: 7 },
      ]),
    ).toBe(7);
    expect(timedLengthOf([{ start: 0, end: 0 }])).toBeNull();
  });
});
