import { normaliseSpokenTimes } from './spoken-times';

const today = { year: 2026, month: 11, day: 25 };
const normalised = (text: string) => normaliseSpokenTimes(text, today).text;

describe('spoken times', () => {
  it.each([
    ['two thirty tomorrow', '2:30 tomorrow'],
    ['how about quarter past ten on thursday', 'how about 10:15 on thursday'],
    ['a quarter to three', '2:45'],
    ['twenty to five works', '4:40 works'],
    ['half past two p.m.', '2:30 pm'],
    ['is eleven forty five ok', 'is 11:45 ok'],
    ['tuesday the first at ten oh five', 'tuesday December 1 at 10:05'],
    ["nine o'clock", '9:00'],
    ['can you come at noon', 'can you come at 12:00 pm'],
    ['at one', 'at 1'],
    ['around 3', 'at 3'],
    ['the fourteenth at nine a m', 'November 14 at 9 am'.replace('November', 'December')],
    ['on the twenty fifth', 'on November 25'],
    ['December the twenty first', 'December 21st'],
  ])('%s → %s', (spoken, written) => expect(normalised(spoken)).toBe(written));

  it.each(['I have two kids', 'the first time I called', 'it cost two fifty dollars', 'we have three people'])(
    'leaves "%s" alone',
    (text) => expect(normalised(text)).toBe(text),
  );

  it('quotes the words as they were said', () => {
    const rewritten = normaliseSpokenTimes('okay so two thirty tomorrow works', today);
    const at = rewritten.text.indexOf('2:30 tomorrow');
    expect(rewritten.originalOf(at, at + '2:30 tomorrow'.length)).toBe('two thirty tomorrow');
  });
});
