import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The labelled set is only worth its F1 numbers if every label is checkable against its transcript.
// These checks hold the set to its README: format, quotes that exist, PII that is labelled wherever it
// appears, timings a speaker could produce, outcomes that follow the precedence, and enough of each case.

const BENCH = join(__dirname, '..', '..', 'bench', 'scoring');
const SET = join(BENCH, 'set');

type Speaker = 'Agent' | 'Customer';
interface Segment {
  speaker: Speaker;
  text: string;
  start: number | null;
  end: number | null;
}
interface Pii {
  type: 'phone' | 'email' | 'card' | 'ssn';
  text: string;
  segment: number;
  offset: number;
}
interface Call {
  id: string;
  domain: string;
  reference_time: string;
  timezone: string;
  duration_seconds: number;
  direction: string;
  tags: string[];
  segments: Segment[];
  labels: {
    emergency: { is_emergency: boolean; evidence: string | null; near_miss?: string };
    appointment: { booked: boolean; status: string; start: string | null; evidence: string | null };
    missed: boolean;
    outcome: string;
    pii: Pii[];
    questions: Record<Speaker, number>;
    title: string;
  };
}

const files = readdirSync(SET).filter((name) => name.endsWith('.json'));
const raw = files.map((name) => ({ name, value: JSON.parse(readFileSync(join(SET, name), 'utf8')) as unknown }));
const calls = raw.map(({ value }) => value as Call);
const byCall = (check: (call: Call) => void) => () => calls.forEach((call) => check(call));

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const SPOKEN_DIGIT_RUN =
  /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:[ ,]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b)+/gi;

function digitsOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[a-z]+/g, (word) => DIGIT_WORDS[word] ?? '')
    .replace(/\D/g, '');
}

function luhnValid(digits: string): boolean {
  const sum = [...digits].reverse().reduce((total, char, index) => {
    const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char);
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

function offsetAt(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(
    new Date(instant),
  );
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

function inSomeSegment(call: Call, quote: string): boolean {
  return call.segments.some((segment) => segment.text.includes(quote));
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length)) found.push(at);
  return found;
}

function labelled(call: Call, segment: number, start: number, end: number, types: Pii['type'][]): boolean {
  return call.labels.pii.some(
    (item) =>
      item.segment === segment &&
      types.includes(item.type) &&
      item.offset < end &&
      start < item.offset + item.text.length,
  );
}

/** Every match of `pattern` in every segment, with where it is. */
function matchesIn(call: Call, pattern: RegExp): { segment: number; start: number; end: number; text: string }[] {
  return call.segments.flatMap((segment, index) =>
    [...segment.text.matchAll(pattern)].map((match) => ({
      segment: index,
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
    })),
  );
}

const timed = (call: Call) => !call.tags.includes('text-only');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('bench/scoring/set', () => {
  it('validates every file against call.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(BENCH, 'call.schema.json'), 'utf8')) as object);
    const failures = raw.filter(({ value }) => !validate(value)).map(({ name }) => name);
    expect(failures).toEqual([]);
  });

  it('names each file after its unique id, prefixed by its domain', () => {
    expect(files).toEqual(calls.map((call) => `${call.id}.json`));
    expect(new Set(calls.map((call) => call.id)).size).toBe(calls.length);
    calls.forEach((call) => expect(call.id.startsWith(`${call.domain}-`)).toBe(true));
  });

  it('is written call by call, not templated: past the greeting, no long line is shared between calls', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const call of calls) {
      const lines = call.segments.slice(1).map((segment) => segment.text);
      for (const text of new Set(lines.filter((text) => text.length > 40))) {
        if (seen.has(text)) shared.push(`${seen.get(text)} and ${call.id}: ${text}`);
        seen.set(text, call.id);
      }
    }
    expect(shared).toEqual([]);
    expect(new Set(calls.map((call) => call.labels.title)).size).toBe(calls.length);
  });

  it(
    'gives reference times and booked starts the offset their zones had at that instant',
    byCall((call) => {
      expect(call.reference_time.slice(-6)).toBe(offsetAt(call.reference_time, call.timezone));
      const { start } = call.labels.appointment;
      if (start === null) return;
      const ahead = Date.parse(start) - Date.parse(call.reference_time);
      expect([call.id, ahead > 0 && ahead < 60 * 86_400_000]).toEqual([call.id, true]);
    }),
  );

  it(
    'quotes evidence verbatim from a segment',
    byCall(({ labels: { emergency, appointment }, ...call }) => {
      const quotes = [emergency.evidence, emergency.near_miss, appointment.evidence].filter((quote) => quote != null);
      quotes.forEach((quote) => expect([call.id, inSomeSegment(call as Call, quote)]).toEqual([call.id, true]));
    }),
  );

  it(
    'places every PII item exactly, and labels every occurrence of its text',
    byCall((call) => {
      for (const item of call.labels.pii) {
        const text = call.segments[item.segment]?.text ?? '';
        expect([call.id, text.slice(item.offset, item.offset + item.text.length)]).toEqual([call.id, item.text]);
        const everywhere = call.segments.reduce(
          (count, segment) => count + occurrences(segment.text, item.text).length,
          0,
        );
        const items = call.labels.pii.filter((other) => other.text === item.text).length;
        expect([call.id, item.text, items]).toEqual([call.id, item.text, everywhere]);
      }
    }),
  );

  it(
    'labels PII whose value is what its type says: Luhn-valid cards, 9-digit SSNs, 7- or 10-digit phones',
    byCall((call) => {
      for (const { type, text } of call.labels.pii) {
        const digits = digitsOf(text);
        if (type === 'card')
          expect([text, digits.length >= 13 && digits.length <= 19 && luhnValid(digits)]).toEqual([text, true]);
        if (type === 'ssn') expect([text, digits.length]).toEqual([text, 9]);
        if (type === 'phone') expect([text, [7, 10].includes(digits.length)]).toEqual([text, true]);
        if (type === 'email') expect([text, /@| at .* dot /.test(text)]).toEqual([text, true]);
      }
    }),
  );

  it(
    'leaves no written-out PII unlabelled, and no Luhn-invalid number labelled as a card',
    byCall((call) => {
      const unlabelled = [
        ...matchesIn(call, /\(?\b\d{3}\)?[ -]\d{3}-\d{4}\b/g).filter(
          (m) => !labelled(call, m.segment, m.start, m.end, ['phone']),
        ),
        ...matchesIn(call, /\b\d{3}-\d{2}-\d{4}\b/g).filter((m) => !labelled(call, m.segment, m.start, m.end, ['ssn'])),
        ...matchesIn(call, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g).filter(
          (m) => !labelled(call, m.segment, m.start, m.end, ['email']),
        ),
        ...matchesIn(call, /\b\d(?:[ -]?\d){12,18}\b/g).filter(
          (m) => luhnValid(digitsOf(m.text)) !== labelled(call, m.segment, m.start, m.end, ['card']),
        ),
        ...matchesIn(call, SPOKEN_DIGIT_RUN).filter((m) => {
          const digits = digitsOf(m.text);
          const decoy = digits.length >= 13 && !luhnValid(digits);
          return digits.length >= 7 && !decoy && !labelled(call, m.segment, m.start, m.end, ['phone', 'ssn', 'card']);
        }),
      ];
      expect([call.id, unlabelled.map((m) => m.text)]).toEqual([call.id, []]);
    }),
  );

  it(
    'counts questions as the question marks each speaker says',
    byCall((call) => {
      const counted = { Agent: 0, Customer: 0 };
      call.segments.forEach((segment) => (counted[segment.speaker] += (segment.text.match(/\?/g) ?? []).length));
      expect([call.id, call.labels.questions]).toEqual([call.id, counted]);
    }),
  );

  it(
    'times speech plausibly: ordered, ~150 wpm, each speaker one turn at a time, overlaps only where tagged',
    byCall((call) => {
      if (!timed(call)) {
        expect(call.segments.every((segment) => segment.start === null && segment.end === null)).toBe(true);
        return;
      }
      const segments = call.segments as { speaker: Speaker; text: string; start: number; end: number }[];
      const lastEnd: Partial<Record<Speaker, number>> = {};
      let furthest = 0;
      let overlaps = false;
      let spoken = 0;
      segments.forEach((segment, index) => {
        expect([call.id, index, segment.start < segment.end && segment.end <= call.duration_seconds]).toEqual([
          call.id,
          index,
          true,
        ]);
        expect([call.id, index, segment.start >= (lastEnd[segment.speaker] ?? 0)]).toEqual([call.id, index, true]);
        if (index > 0) expect(segment.start).toBeGreaterThanOrEqual(segments[index - 1].start);
        overlaps ||= segment.start < furthest;
        furthest = Math.max(furthest, segment.end);
        lastEnd[segment.speaker] = segment.end;
        spoken += segment.end - segment.start;
      });
      expect([call.id, overlaps]).toEqual([call.id, call.tags.includes('overlaps')]);
      if (spoken === 0) return;
      const wpm = (segments.reduce((total, segment) => total + words(segment.text), 0) / spoken) * 60;
      expect([call.id, wpm > 110 && wpm < 190]).toEqual([call.id, true]);
    }),
  );

  it(
    'derives the outcome by the README precedence',
    byCall(({ id, segments, labels }) => {
      const { emergency, appointment, missed, outcome } = labels;
      expect([id, emergency.is_emergency]).toEqual([id, outcome === 'emergency']);
      if (!emergency.is_emergency) expect([id, appointment.booked]).toEqual([id, outcome === 'appointment_booked']);
      if (outcome === 'missed' || outcome === 'voicemail') expect([id, missed]).toEqual([id, true]);
      if (missed)
        expect([id, appointment.booked, ['missed', 'voicemail', 'emergency'].includes(outcome)]).toEqual([
          id,
          false,
          true,
        ]);
      if (outcome === 'missed') expect([id, new Set(segments.map((s) => s.speaker)).size <= 1]).toEqual([id, true]);
    }),
  );

  it('covers every case the benchmark needs, in numbers', () => {
    const count = (predicate: (call: Call) => boolean) => calls.filter(predicate).length;
    const pii = calls.flatMap((call) => call.labels.pii);
    const decoys = calls.flatMap((call) =>
      [...matchesIn(call, /\b\d(?:[ -]?\d){12,18}\b/g), ...matchesIn(call, SPOKEN_DIGIT_RUN)].filter((m) => {
        const digits = digitsOf(m.text);
        return digits.length >= 13 && !luhnValid(digits);
      }),
    );
    expect({
      calls: calls.length >= 72,
      emergencies: count((c) => c.labels.emergency.is_emergency) >= 12,
      nearMisses: count((c) => c.labels.emergency.near_miss !== undefined) >= 12,
      booked: count((c) => c.labels.appointment.booked) >= 15,
      discussedNotBooked:
        count((c) => ['discussed', 'declined', 'cancelled'].includes(c.labels.appointment.status)) >= 8,
      missed: count((c) => c.labels.missed) >= 6,
      callsWithPii: count((c) => c.labels.pii.length > 0) >= 10,
      piiItems: pii.length >= 40,
      piiTypes: new Set(pii.map((item) => item.type)).size >= 3,
      spokenPii: pii.filter((item) => !/\d/.test(item.text)).length >= 5,
      cardDecoys: decoys.length >= 3,
      sales: count((c) => c.domain === 'sales') >= 8,
      support: count((c) => c.domain === 'support') >= 8,
      overlapping: count((c) => c.tags.includes('overlaps')) >= 5,
      textOnly: count((c) => !timed(c)) >= 3,
      outcomes: new Set(calls.map((c) => c.labels.outcome)).size,
    }).toEqual({
      calls: true,
      emergencies: true,
      nearMisses: true,
      booked: true,
      discussedNotBooked: true,
      missed: true,
      callsWithPii: true,
      piiItems: true,
      piiTypes: true,
      spokenPii: true,
      cardDecoys: true,
      sales: true,
      support: true,
      overlapping: true,
      textOnly: true,
      outcomes: 8,
    });
  });
});
