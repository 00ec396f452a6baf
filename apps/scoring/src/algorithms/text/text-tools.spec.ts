import { quoteAround } from './evidence';
import { DEFAULT_FILLERS, findFillers } from './fillers';
import { analyseText, readableText } from './nlp';
import { findPhrase, phrasePattern } from './phrases';

const negatedWords = (text: string): string[] => {
  const analysis = analyseText(text);
  return analysis.tokens.filter((_, index) => analysis.negated[index]).map((token) => token.normal);
};
const fillersIn = (text: string): string[] => {
  const analysis = analyseText(text);
  return findFillers(analysis, DEFAULT_FILLERS).map((match) =>
    analysis.text.slice(analysis.tokens[match.first].start, analysis.tokens[match.last].end).toLowerCase(),
  );
};
const phraseAt = (text: string, phrase: string, wordForms = false): string[] => {
  const analysis = analyseText(text);
  return findPhrase(analysis, phrasePattern(phrase), wordForms).map((match) =>
    text.slice(analysis.tokens[match.first].start, analysis.tokens[match.last].end),
  );
};

describe('text tools', () => {
  it('blanks runs no word is as long as, keeping every offset, before wink-nlp reads them', () => {
    const text = `um ${'x'.repeat(100_000)} so we are booked`;
    expect(readableText(text)).toHaveLength(text.length);
    expect(readableText(text).trim()).toBe(`um ${' '.repeat(100_000)} so we are booked`.trim());
    const analysis = analyseText(text);
    expect(analysis.tokens.filter((token) => token.word).map((token) => text.slice(token.start, token.end))).toEqual([
      'um',
      'so',
      'we',
      'are',
      'booked',
    ]);
  });

  it('splits punctuated speech into sentences with their offsets and leaves an unpunctuated turn whole', () => {
    const text = 'Thanks for calling Bright Smile Dental. This is Maria. How can I help you today?';
    const analysis = analyseText(text);
    expect(analysis.sentences.map((sentence) => sentence.text)).toEqual([
      'Thanks for calling Bright Smile Dental.',
      'This is Maria.',
      'How can I help you today?',
    ]);
    expect(analysis.sentences.every((sentence) => text.slice(sentence.start, sentence.end) === sentence.text)).toBe(
      true,
    );
    expect(analyseText('yeah hi um my tooth has been hurting since saturday').sentences).toHaveLength(1);
  });

  it('keeps token offsets on the original text even where contractions are spelled out', () => {
    const text = "i dont think we can't   wait";
    const analysis = analyseText(text);
    expect(analysis.tokens.map((token) => text.slice(token.start, token.end))).toEqual(
      analysis.tokens.map((token) => token.value),
    );
    expect(analysis.tokens.map((token) => token.normal)).toEqual([
      'i',
      'do',
      'not',
      'think',
      'we',
      'can',
      'not',
      'wait',
    ]);
  });

  describe('negation scope', () => {
    it.each([
      ["I don't want to cancel my plan.", ['want', 'to', 'cancel', 'my', 'plan']],
      ["it's not an emergency but the sink is leaking", ['an', 'emergency']],
      ['i dont want to cancel i just want to pause it', ['want', 'to', 'cancel']],
      ["No, I'd like to book the cleaning.", []],
      ['no i want to cancel today', []],
      ["I don't think we need to cancel", ['think', 'we', 'need', 'to', 'cancel']],
      [
        'we have never had a leak like this before in the house honestly',
        ['had', 'a', 'leak', 'like', 'this', 'before'],
      ],
      ['we did it without any problem', ['any', 'problem']],
      ['Not today. Tomorrow works.', ['today']],
    ])('%s', (text, expected) => {
      expect(negatedWords(text)).toEqual(expected);
    });
  });

  describe('phrases', () => {
    it('finds phrases as whole words, across spellings of contractions, not across punctuation', () => {
      expect(phraseAt('I cannot make it and I can not wait', "can't")).toEqual(['cannot', 'can not']);
      expect(phraseAt('We cancel. Later we talk', 'cancel later')).toEqual([]);
      expect(phraseAt('the scancelled order', 'cancel')).toEqual([]);
    });

    it('finds word forms only when asked to', () => {
      const text = 'She cancelled it, he cancels everything, we were cancelling and then canceled again';
      expect(phraseAt(text, 'cancel')).toEqual([]);
      expect(phraseAt(text, 'cancel', true)).toEqual(['cancelled', 'cancels', 'cancelling', 'canceled']);
      expect(phraseAt('I booked an appointment', 'book appointments', true)).toEqual([]);
      expect(phraseAt('I booked an appointment', 'book an appointment', true)).toEqual(['booked an appointment']);
    });
  });

  describe('fillers', () => {
    it('counts hesitations and fillers', () => {
      expect(fillersIn('um so basically uh the the pipe is actually fine I mean it works')).toEqual([
        'um',
        'basically',
        'uh',
        'actually',
        'i mean',
      ]);
    });

    it('counts "like" only as a filler', () => {
      expect(fillersIn("I was like, no way. And then like, you know, it's like um broken")).toEqual([
        'like',
        'like',
        'you know',
        'like',
        'um',
      ]);
      expect(fillersIn("I'd like to book a cleaning. It looks like a leak. I like it. Something like that.")).toEqual(
        [],
      );
    });

    it('leaves "you know", "I mean", "kind of" alone where they carry meaning', () => {
      expect(fillersIn('do you know the address? you know what happened? what kind of filter is it')).toEqual([]);
      expect(fillersIn("I didn't mean it. That's what I mean. It's kind of urgent, you know?")).toEqual([
        'kind of',
        'you know',
      ]);
    });
  });

  describe('quotes', () => {
    it('keeps a short text whole and cuts a long one around the match at word boundaries', () => {
      expect(quoteAround('  short turn ')).toBe('short turn');
      const long = `${'word '.repeat(60)}the water heater is leaking ${'more '.repeat(60)}`.trim();
      const from = long.indexOf('the water');
      const quote = quoteAround(long, from, from + 'the water heater is leaking'.length);
      expect(quote).toContain('the water heater is leaking');
      expect(quote.length).toBeLessThanOrEqual(202);
      expect(quote.startsWith('… word') || quote.startsWith('…word')).toBe(true);
      expect(quote.endsWith('more…')).toBe(true);
    });
  });
});
