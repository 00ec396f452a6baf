import type { TranscriptSegment } from '@callsight/contracts';
import { SchemaChecker } from '../json-schema';
import { PII, piiReport, PiiVariables } from './pii.algorithm';

const schemas = new SchemaChecker();
const variables = (given: Partial<PiiVariables> = {}): PiiVariables => {
  const applied = schemas.withDefaultsApplied<PiiVariables>(PII.variablesSchema, given);
  if (!('value' in applied)) throw new Error(JSON.stringify(applied.problems));
  return applied.value;
};
const report = (segments: TranscriptSegment[], given: Partial<PiiVariables> = {}) => {
  const output = piiReport(segments, variables(given));
  expect(schemas.problems(PII.outputSchema, output)).toEqual([]);
  return output;
};
const turns = (lines: Array<[string, string]>, timed = false): TranscriptSegment[] =>
  lines.map(([speaker, text], index) => ({
    speaker,
    text,
    start: timed ? index * 5 : null,
    end: timed ? index * 5 + 4.5 : null,
  }));

/** A plumbing front desk call as an ASR engine hears it: lower case, no punctuation. */
const plumbing = turns(
  [
    ['Agent', 'thanks for calling rapid rooter this is dana how can I help'],
    ['Customer', 'hi yeah my kitchen sink is backing up and I need someone out today'],
    ['Agent', 'sure I can get a tech out between two and four whats the best number to reach you'],
    ['Customer', 'its five five five oh one double two'],
    ['Agent', 'and an email for the invoice'],
    ['Customer', 'sam dot ortiz at gmail dot com'],
    ['Agent', 'the service call is eighty nine dollars and I can take a card now'],
    ['Customer', 'ok its four one one one one one one one one one one one one one one one'],
    ['Agent', 'great your confirmation number is four one five five five five zero one three two'],
  ],
  true,
);

describe('pii', () => {
  it('lists what an unredacted call holds, masked, with where it was said', () => {
    const output = report(plumbing);
    expect(output).toEqual({
      redacted: false,
      counts: { phone: 1, email: 1, card: 1, ssn: 0 },
      items: [
        { type: 'phone', segment_index: 3, start: 15, preview: '***-0122', redacted: false },
        { type: 'email', segment_index: 5, start: 25, preview: 's***@gmail.com', redacted: false },
        { type: 'card', segment_index: 7, start: 35, preview: '**** **** **** 1111', redacted: false },
      ],
    });
    expect(JSON.stringify(output)).not.toMatch(/ortiz|5550122/);
  });

  it('counts the placeholders of a redacted call, and what the workspace left unredacted', () => {
    const segments = turns([
      ['Agent', 'Bright Smile Dental, this is Kim. How can I help?'],
      ['Customer', "Hi, I'd like to move my cleaning. My number is [PHONE]."],
      ['Agent', 'Got it. And your insurance needs your social, is that [SSN]?'],
      ['Customer', "Yes. And you can email me at kim.lee@example.com, I'm not picky."],
      ['Agent', "Perfect, you're set for Friday at 2:30. The copay is $25."],
    ]);
    expect(report(segments)).toEqual({
      redacted: true,
      counts: { phone: 1, email: 1, card: 0, ssn: 1 },
      items: [
        { type: 'phone', segment_index: 1, start: null, preview: '[PHONE]', redacted: true },
        { type: 'ssn', segment_index: 2, start: null, preview: '[SSN]', redacted: true },
        { type: 'email', segment_index: 3, start: null, preview: 'k***@example.com', redacted: false },
      ],
    });
  });

  it('finds nothing in a call full of numbers that are not personal data', () => {
    const segments = turns([
      ['Agent', 'Thanks for calling Acme Outfitters, order desk.'],
      ['Customer', 'Hi, my order number is 4155550132 and it was $1,299.99 on 11/02/2025.'],
      ['Agent', 'I see it. It shipped from our 94107 warehouse, tracking 1234 5678 9012 3456.'],
      ['Customer', 'great can it get here by two thirty on the fifth'],
      ['Agent', 'It should, and you saved fifteen percent. Visit us at acme dot com for returns.'],
    ]);
    expect(report(segments)).toEqual({ redacted: false, counts: { phone: 0, email: 0, card: 0, ssn: 0 }, items: [] });
  });

  it('looks only for the kinds asked for, and lists at most max_items', () => {
    expect(report(plumbing, { entities: ['email'] }).counts).toEqual({ phone: 0, email: 1, card: 0, ssn: 0 });
    const capped = report(plumbing, { max_items: 1 });
    expect(capped.counts).toEqual({ phone: 1, email: 1, card: 1, ssn: 0 });
    expect(capped.items.map((item) => item.type)).toEqual(['phone']);
  });

  it('reads a number without its country code against default_country', () => {
    const london = turns([['Customer', 'ring me on 020 7946 0958 after six']]);
    expect(report(london).counts.phone).toBe(0);
    expect(report(london, { default_country: 'GB' }).items).toEqual([
      { type: 'phone', segment_index: 0, start: null, preview: '***-***-0958', redacted: false },
    ]);
  });

  it('refuses a country libphonenumber does not know', () => {
    expect(schemas.withDefaultsApplied(PII.variablesSchema, { default_country: 'ZZ' })).toHaveProperty('problems');
  });
});
