import { parsePocketSphinxOutput } from './pocketsphinx.engine';

const OUTPUT = `hello thanks for coming
<s> 0.080 0.150 1.000000
hello(2) 0.160 0.420 0.803301
thanks 0.430 0.830 0.994912
<sil> 0.840 1.000 0.999400
[NOISE] 1.000 1.100 0.5
for 1.110 1.300 0.999900
</s> 1.310 1.400 1.000000
how can i help
<s> 3.000 3.100 1.000000
how 3.110 3.300 0.218586
help 3.320 3.580 0.651388
</s> 3.590 3.700 1.000000
`;

describe('PocketSphinx output', () => {
  it('reads utterances as timed segments of words, without fillers or pronunciation variants', () => {
    const segments = parsePocketSphinxOutput(OUTPUT);
    expect(segments.map((segment) => [segment.text, segment.start, segment.end])).toEqual([
      ['hello thanks for', 0.16, 1.3],
      ['how help', 3.11, 3.58],
    ]);
    expect(segments[0].words[0]).toEqual({ word: 'hello', start: 0.16, end: 0.42, confidence: 0.803301 });
  });

  it('reads nothing from silence', () => {
    expect(parsePocketSphinxOutput('\n<s> 0.0 0.1 1.0\n</s> 0.1 0.2 1.0\n')).toEqual([]);
  });
});
