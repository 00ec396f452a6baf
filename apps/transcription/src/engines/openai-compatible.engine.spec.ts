import { segmentsFromVerboseJson } from './openai-compatible.engine';

describe('segmentsFromVerboseJson', () => {
  it('reads segments with their own words and probabilities', () => {
    const segments = segmentsFromVerboseJson({
      text: 'Hello there. Hi.',
      segments: [
        {
          start: 0,
          end: 1.2,
          text: ' Hello there.',
          words: [
            { word: ' Hello', start: 0, end: 0.5, probability: 0.9 },
            { word: ' there.', start: 0.6, end: 1.2, probability: 0.8 },
          ],
        },
        { start: 1.5, end: 2, text: ' Hi.', words: [{ word: ' Hi.', start: 1.5, end: 2 }] },
      ],
    });
    expect(segments).toEqual([
      {
        start: 0,
        end: 1.2,
        text: 'Hello there.',
        words: [
          { word: 'Hello', start: 0, end: 0.5, confidence: 0.9 },
          { word: 'there.', start: 0.6, end: 1.2, confidence: 0.8 },
        ],
      },
      { start: 1.5, end: 2, text: 'Hi.', words: [{ word: 'Hi.', start: 1.5, end: 2, confidence: null }] },
    ]);
  });

  it('gives top-level words to the segment they start in', () => {
    const segments = segmentsFromVerboseJson({
      segments: [
        { start: 0, end: 1, text: 'one' },
        { start: 1, end: 2, text: 'two' },
      ],
      words: [
        { word: 'one', start: 0.1, end: 0.4 },
        { word: 'two', start: 1.1, end: 1.4 },
      ],
    });
    expect(segments.map((segment) => segment.words.map((word) => word.word))).toEqual([['one'], ['two']]);
  });

  it('makes one segment of a server that returns only text and words', () => {
    expect(
      segmentsFromVerboseJson({
        text: 'just text',
        words: [
          { word: 'just', start: 0, end: 0.3 },
          { word: 'text', start: 0.4, end: 0.9 },
        ],
      }),
    ).toEqual([
      {
        start: 0,
        end: 0.9,
        text: 'just text',
        words: [
          { word: 'just', start: 0, end: 0.3, confidence: null },
          { word: 'text', start: 0.4, end: 0.9, confidence: null },
        ],
      },
    ]);
  });

  it('keeps diarization labels, naming bare letters and numbers', () => {
    const labelled = segmentsFromVerboseJson({
      segments: [
        { start: 0, end: 1, text: 'a', speaker: 'A' },
        { start: 1, end: 2, text: 'b', speaker: 0 },
        { start: 2, end: 3, text: 'c', speaker: 'SPEAKER_01' },
        { start: 3, end: 4, text: 'd' },
      ],
    });
    expect(labelled.map((segment) => segment.speaker)).toEqual(['Speaker A', 'Speaker 1', 'SPEAKER_01', undefined]);
  });

  it('drops empty segments', () => {
    expect(segmentsFromVerboseJson({ segments: [{ start: 0, end: 1, text: '  ' }] })).toEqual([]);
  });
});
