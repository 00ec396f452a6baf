import { parseSpeakerLines, renderPlainText } from './speaker-lines.parser';

describe('parseSpeakerLines', () => {
  it('splits "Speaker: text" lines into turns', () => {
    expect(parseSpeakerLines('Rep: Thanks for joining.\nCustomer: Happy to be here.')).toEqual([
      { speaker: 'Rep', text: 'Thanks for joining.', start: null, end: null },
      { speaker: 'Customer', text: 'Happy to be here.', start: null, end: null },
    ]);
  });

  it('continues a turn over lines without a speaker and skips blank lines', () => {
    const segments = parseSpeakerLines('Agent: Hello there.\nHow are you?\n\r\nUser: Fine.');
    expect(segments.map((s) => [s.speaker, s.text])).toEqual([
      ['Agent', 'Hello there. How are you?'],
      ['User', 'Fine.'],
    ]);
  });

  it('attributes text before any speaker to Unknown', () => {
    expect(parseSpeakerLines('just some words\nmore words')).toEqual([
      { speaker: 'Unknown', text: 'just some words more words', start: null, end: null },
    ]);
  });

  it('reads [mm:ss] and (mm:ss) timestamps and closes segments at the next start', () => {
    const segments = parseSpeakerLines(
      '[00:01] Dr. Smith: Good morning.\nPatient (00:04): Morning, doctor.\n[1:02:03] Dr. Smith: Bye.',
    );
    expect(segments).toEqual([
      { speaker: 'Dr. Smith', text: 'Good morning.', start: 1, end: 4 },
      { speaker: 'Patient', text: 'Morning, doctor.', start: 4, end: 3723 },
      { speaker: 'Dr. Smith', text: 'Bye.', start: 3723, end: null },
    ]);
  });

  it('does not mistake a URL or a time of day in the text for a speaker', () => {
    const segments = parseSpeakerLines('Rep: See https://example.com at 10:30: ok');
    expect(segments).toHaveLength(1);
    expect(segments[0].speaker).toBe('Rep');
  });

  it('renders turns back to plain text', () => {
    expect(renderPlainText(parseSpeakerLines('A: one\nB: two'))).toBe('A: one\nB: two');
  });
});
