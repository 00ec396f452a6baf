import type { TranscriptSegment, TranscriptWord } from '@callsight/contracts';
import { REDACTION_ENTITIES } from '@callsight/contracts';
import { redact } from './redact';

type Segment = TranscriptSegment & { words?: TranscriptWord[] };

/** Words a quarter of a second apart, as a recogniser gives them, with the engine's leading spaces. */
function timed(speaker: string, start: number, text: string): Segment {
  const words = text.split(' ').map((word, index) => ({
    word: ` ${word}`,
    start: start + index * 0.25,
    end: start + index * 0.25 + 0.2,
    confidence: 0.9,
  }));
  return { speaker, start, end: words[words.length - 1].end, text, words };
}

const call: Segment[] = [
  timed('Agent', 0, 'thanks for calling bright smile dental how can I help'),
  timed('Customer', 3, 'hi I need to move my cleaning my number is four one five five five five zero one three two'),
  timed('Agent', 9, 'got it and an email for the confirmation'),
  timed('Customer', 11, 'sure its pat dot lee at gmail dot com'),
  timed('Agent', 14, 'perfect you are booked for two thirty on friday'),
];

describe('redact', () => {
  it('replaces each span in the text and its words by one placeholder word spanning their times', () => {
    const { segments, counts } = redact(call, REDACTION_ENTITIES);
    expect(counts).toEqual({ phone: 1, email: 1, card: 0, ssn: 0 });
    expect(segments.map((segment) => segment.text)).toEqual([
      call[0].text,
      'hi I need to move my cleaning my number is [PHONE]',
      call[2].text,
      'sure its [EMAIL]',
      call[4].text,
    ]);
    const phoneWords = segments[1].words ?? [];
    const placeholder = phoneWords.find((word) => word.word === '[PHONE]');
    // "four" is the 11th word of the turn and "two" the 20th: the placeholder runs from one to the other.
    expect(placeholder).toEqual({ word: '[PHONE]', start: 3 + 10 * 0.25, end: 3 + 19 * 0.25 + 0.2, confidence: null });
    expect(phoneWords.map((word) => word.word.trim())).toEqual([
      ...'hi I need to move my cleaning my number is'.split(' '),
      '[PHONE]',
    ]);
    expect(segments[3].words?.map((word) => word.word.trim())).toEqual(['sure', 'its', '[EMAIL]']);
    expect(segments[4]).toEqual(call[4]);
  });

  it('redacts only the kinds asked for', () => {
    const { segments, counts } = redact(call, ['email']);
    expect(counts).toEqual({ phone: 0, email: 1, card: 0, ssn: 0 });
    expect(segments[1]).toEqual(call[1]);
    expect(segments[3].text).toBe('sure its [EMAIL]');
  });

  it('reads the words on their own when they do not spell the segment text', () => {
    // An engine that punctuates its segment text but not its words.
    const segment: Segment = {
      ...timed('Customer', 0, 'card is four one one one one one one one one one one one one one one one'),
      text: 'Card is 4111-1111-1111-1111.',
    };
    const [redacted] = redact([segment], ['card']).segments;
    expect(redacted.text).toBe('Card is [CARD].');
    expect(redacted.words?.map((word) => word.word.trim())).toEqual(['card', 'is', '[CARD]']);
    expect(redacted.words?.[2]).toMatchObject({ start: 0.5, end: 17 * 0.25 + 0.2 });
  });

  it('leaves untimed segments without words and keeps their other fields', () => {
    const supplied: Segment[] = [
      { speaker: 'Customer', start: null, end: null, text: 'My SSN is 123-45-6789, card 5500 0000 0000 0004.' },
    ];
    const { segments, counts } = redact(supplied, REDACTION_ENTITIES);
    expect(segments).toEqual([{ speaker: 'Customer', start: null, end: null, text: 'My SSN is [SSN], card [CARD].' }]);
    expect(counts).toEqual({ phone: 0, email: 0, card: 1, ssn: 1 });
  });
});
