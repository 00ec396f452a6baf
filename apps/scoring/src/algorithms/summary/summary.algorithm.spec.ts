import { callFacts, transcript } from '../../../../../test/support/transcripts';
import type { CallFacts } from '../algorithm';
import { detectAppointment } from '../appointment/appointment.algorithm';
import { detectEmergency, EMERGENCY, EmergencyVariables } from '../emergency/emergency.algorithm';
import { SchemaChecker } from '../json-schema';
import { summarise, SUMMARY } from './summary.algorithm';

const schemas = new SchemaChecker();

/** The summary over the real emergency and appointment outputs, as the runner would hand them over. */
const summary = (text: string, facts: Partial<CallFacts> = {}, variables = { max_sentences: 3, max_topics: 4 }) => {
  const segments = transcript(text);
  const call = callFacts({ callDate: '2026-11-25T15:00:00Z', ...facts });
  const emergencyVariables = schemas.withDefaultsApplied<EmergencyVariables>(EMERGENCY.variablesSchema, {});
  if ('problems' in emergencyVariables) throw new Error('no defaults');
  const results = new Map<string, Record<string, unknown>>([
    ['emergency', detectEmergency({ segments, call, variables: emergencyVariables.value })],
    ['appointment', detectAppointment({ segments, call, variables: { timezone: 'America/New_York' } })],
  ]);
  const output = summarise({ segments, call, variables, results });
  expect(schemas.problems(SUMMARY.outputSchema, output)).toEqual([]);
  return output;
};

const BILLING_CALL = `
  Agent: Thanks for calling Acme Cloud, this is Priya.
  Customer: Hi Priya. Our invoice for November shows the wrong tax rate, it charged us the California rate but we're in Oregon.
  Agent: I'm sorry about that. Can you give me the account number?
  Customer: Sure, it's A C M E four four one two.
  Agent: Thanks. I see the invoice, and the tax rate on the account is set to California.
  Customer: Right, we moved the billing address to Portland in October but the tax rate never changed.
  Agent: Okay. I'll update the billing address and the tax rate today, and I'll send you a corrected invoice by Friday.
  Customer: Great. Could you also email me a copy of the October invoice?
  Agent: Of course. Please reply to that email if anything else looks off.
  Customer: Will do, thanks.
  Agent: You're welcome, have a good day.
`;

describe('summary', () => {
  it('keeps the central sentences in call order and leaves out small talk', () => {
    const output = summary(BILLING_CALL);
    const kept = output.summary;
    expect(kept).toContain('wrong tax rate');
    expect(kept).toContain("I'll update the billing address and the tax rate today");
    expect(kept).not.toMatch(/good day|Will do/);
    expect(kept.indexOf('wrong tax rate')).toBeLessThan(kept.indexOf("I'll update"));
  });

  it('lists commitments and requests with who owns them', () => {
    const output = summary(BILLING_CALL);
    expect(output.action_items.map(({ text, owner }) => [text, owner])).toEqual([
      ["I'll update the billing address and the tax rate today", 'agent'],
      ["I'll send you a corrected invoice by Friday", 'agent'],
      ['Could you also email me a copy of the October invoice', 'agent'],
      ['Please reply to that email if anything else looks off', 'customer'],
    ]);
    expect(output.action_items[0].evidence).toMatchObject({ speaker: 'Agent', segment_index: 6, start: null });
  });

  it('finds the topics and titles the call by its kind', () => {
    const output = summary(BILLING_CALL);
    expect(output.topics.slice(0, 3)).toEqual(['tax rate', 'billing', 'invoice']);
    expect(output.topics).not.toContain('priya');
    expect(output).toMatchObject({ title: 'Billing question: tax rate and invoice', title_source: 'generated' });
  });

  it('titles an emergency and a booking by what happened', () => {
    expect(
      summary(`
        agent: summit plumbing this is jess
        caller: hi there's a really strong smell of gas in my kitchen
        agent: please get everyone out of the house and call the gas company we'll send a tech
      `).title,
    ).toMatch(/^Emergency: gas leak/);
    expect(
      summary(`
        Receptionist: Bright Smiles Dental.
        Patient: Hi, I'd like to book a cleaning. Do you have anything tomorrow?
        Receptionist: We have tomorrow at two thirty.
        Patient: Perfect, that works.
      `).title,
    ).toBe('Appointment booked for Thu Nov 26, 2:30 PM');
  });

  describe("Kendo's title rules", () => {
    const call = 'Rep: Thanks for joining the demo.\nProspect: Happy to, we want to see the reporting dashboards.';

    it('keeps the caller’s title when generation is disabled', () => {
      expect(summary(call, { title: 'Demo Call', titleSource: 'provided' })).toMatchObject({
        title: 'Demo Call',
        title_source: 'provided',
      });
    });

    it('generates one when asked to, when the flags are omitted, or when no title came with the flag', () => {
      for (const facts of [
        { title: 'Demo Call', titleSource: 'generated' as const },
        { title: 'Demo Call', titleSource: null },
        { title: '  ', titleSource: 'provided' as const },
      ])
        expect(summary(call, facts)).toMatchObject({
          title: 'Demo call: reporting dashboard',
          title_source: 'generated',
        });
    });
  });

  it('does not make action items of denials or questions', () => {
    const output = summary(`
      Agent: Acme support.
      Customer: Will you send me a new password?
      Agent: I won't send passwords by email, but I'll text you a reset link now.
    `);
    expect(output.action_items.map(({ text, owner }) => [text, owner])).toEqual([
      ["I'll text you a reset link now", 'agent'],
    ]);
  });

  it('handles a call with no words', () => {
    expect(summary('')).toEqual({
      summary: '',
      action_items: [],
      topics: [],
      title: 'Call',
      title_source: 'generated',
    });
  });
});
