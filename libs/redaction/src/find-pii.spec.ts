import { findPii } from './find-pii';
import { maskPii } from './mask';
import { luhnValid, ssnValid } from './numbers';
import { REDACTION_ENTITIES } from '@callsight/contracts';

const found = (text: string) => findPii(text, REDACTION_ENTITIES).map((span) => [span.type, span.text]);

describe('findPii', () => {
  describe('phone numbers', () => {
    it.each([
      ['you can reach me at 415-555-0132.', '415-555-0132'],
      ['Sure, call me back on (415) 555-0132 after five.', '(415) 555-0132'],
      [
        'my number is four one five five five five zero one three two',
        'four one five five five five zero one three two',
      ],
      ['yeah its four one five, five five five, oh one three two', 'four one five, five five five, oh one three two'],
      ['the cell is 415 five five five 0132 thanks', '415 five five five 0132'],
      ['its double five five one two one two', 'double five five one two one two'],
      [
        'uh the office line is one eight hundred five five five zero one nine nine',
        'one eight hundred five five five zero one nine nine',
      ],
      ['my landline is five five five, oh one three two', 'five five five, oh one three two'],
      ['Our London office is +44 20 7946 0958.', '+44 20 7946 0958'],
      ['text me at 1 (212) 555-1212', '1 (212) 555-1212'],
      ['the phone number on the order is 4155550132', '4155550132'],
    ])('finds %j', (text, phone) => {
      expect(found(text)).toEqual([['phone', phone]]);
    });

    it('splits a zip code said before the number at the pause', () => {
      expect(found('zip is nine four one oh seven, and the number is five five five oh one three two')).toEqual([
        ['phone', 'five five five oh one three two'],
      ]);
      expect(found('nine four one oh seven, five five five, oh one three two')).toEqual([
        ['phone', 'five five five, oh one three two'],
      ]);
    });

    it('reads "oh" at the start as a word when the rest is the number', () => {
      expect(found('oh four one five five five five zero one three two')).toEqual([
        ['phone', 'four one five five five five zero one three two'],
      ]);
    });
  });

  describe('emails', () => {
    it.each([
      ['send it to mary.jones@example.co.uk thanks', 'mary.jones@example.co.uk'],
      ['email is john dot smith at gmail dot com', 'john dot smith at gmail dot com'],
      ['its j smith eighty two at yahoo dot com', 'j smith eighty two at yahoo dot com'],
      ['my email is mjones underscore seventy at outlook dot com', 'mjones underscore seventy at outlook dot com'],
      ['you can write to billing dash team at acme dot co dot uk', 'billing dash team at acme dot co dot uk'],
      ['just use pat at gmail', 'pat at gmail'],
      ['It is john.smith at gmail.com, all lower case.', 'john.smith at gmail.com'],
    ])('finds %j', (text, email) => {
      expect(found(text)).toEqual([['email', email]]);
    });

    it('keeps digits inside an address as part of it, not a phone number', () => {
      expect(found('my work email is 4155550132@vtext.com')).toEqual([['email', '4155550132@vtext.com']]);
    });
  });

  describe('card numbers', () => {
    it.each([
      ['the card is 4111 1111 1111 1111 expiring oh nine twenty six', '4111 1111 1111 1111'],
      ['Card number: 5500-0000-0000-0004.', '5500-0000-0000-0004'],
      ['amex 378282246310005 please', '378282246310005'],
      [
        'its four one one one, one one one one, one one one one, one one one one',
        'four one one one, one one one one, one one one one, one one one one',
      ],
      [
        'ok four triple one one one one one one one one one one one one one',
        'four triple one one one one one one one one one one one one one',
      ],
    ])('finds %j', (text, card) => {
      expect(found(text)).toEqual([['card', card]]);
    });
  });

  describe('SSN-like ids', () => {
    it.each([
      ['my social is one two three four five six seven eight nine', 'one two three four five six seven eight nine'],
      ['ssn 123 45 6789', '123 45 6789'],
      [
        'social security number is two one nine, oh nine, nine nine nine nine',
        'two one nine, oh nine, nine nine nine nine',
      ],
      ['The ID on file is 219-09-9999.', '219-09-9999'],
    ])('finds %j', (text, ssn) => {
      expect(found(text)).toEqual([['ssn', ssn]]);
    });
  });

  describe('decoys', () => {
    it.each([
      ['the total comes to $1,299.99 with tax'],
      ['that is one thousand two hundred ninety nine dollars'],
      ['we can do 12/25/2024 at 2:30 pm'],
      ['how about two thirty tomorrow afternoon'],
      ['we have been in business since nineteen ninety five'],
      ['your order number is 4155550132'],
      ['the confirmation number is four one five five five five zero one three two'],
      ['tracking number 1234 5678 9012 3456'],
      ['card ending 4111 1111 1111 1112'],
      ['my social is 666-45-6789'],
      ['ssn 900-12-3456'],
      ['ssn 123-00-4567'],
      ['the part is 123-45-678'],
      ['zip code is 94107'],
      ['zip nine four one oh seven'],
      ['the unit is apartment 1234 on 5th avenue'],
      ['visit us at acme dot com for the forms'],
      ['we close at five dot thirty'],
      ['look at google dot com'],
      ['I will be there at noon'],
      ['we got about 123456789 views'],
      ['that was fifteen percent off'],
    ])('finds nothing in %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  it('finds several kinds in one turn, in text order, and only the kinds asked for', () => {
    const text =
      'ok so the card is 4111 1111 1111 1111 and if anything comes up call me at 415-555-0132 or email pat dot lee at gmail dot com';
    expect(found(text).map(([type]) => type)).toEqual(['card', 'phone', 'email']);
    expect(findPii(text, ['email']).map((span) => span.type)).toEqual(['email']);
    const [email] = findPii(text, ['email']);
    expect(text.slice(email.start, email.end)).toBe('pat dot lee at gmail dot com');
  });

  it('normalises what was said, and masks it for previews', () => {
    const spans = findPii(
      'its five five five one two one two or j smith four two at yahoo dot com, card 4111-1111-1111-1111, social 219 09 9999',
      REDACTION_ENTITIES,
    );
    expect(spans.map((span) => [span.value, maskPii(span)])).toEqual([
      ['5551212', '***-1212'],
      ['jsmith42@yahoo.com', 'j***@yahoo.com'],
      ['4111111111111111', '**** **** **** 1111'],
      ['219099999', '***-**-****'],
    ]);
    expect(maskPii(findPii('call (415) 555-0132', ['phone'])[0])).toBe('***-***-0132');
  });

  it('passes over a run of letters longer than any datum, and still finds what follows it at the right place', () => {
    const text = `${'A'.repeat(250_000)} call me at 312-555-0188`;
    const spans = findPii(text, ['phone', 'email', 'card', 'ssn']);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0].start, spans[0].end)).toBe('312-555-0188');
  });

  it('reads a number against the default country', () => {
    expect(findPii('ring me on 020 7946 0958', ['phone'], { defaultCountry: 'GB' }).map((s) => s.text)).toEqual([
      '020 7946 0958',
    ]);
    expect(findPii('ring me on 020 7946 0958', ['phone'])).toEqual([]);
  });
});

describe('luhnValid and ssnValid', () => {
  it('check the digits', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(ssnValid('123456789')).toBe(true);
    expect(ssnValid('000456789')).toBe(false);
    expect(ssnValid('666456789')).toBe(false);
    expect(ssnValid('912456789')).toBe(false);
    expect(ssnValid('123006789')).toBe(false);
    expect(ssnValid('123450000')).toBe(false);
  });
});
