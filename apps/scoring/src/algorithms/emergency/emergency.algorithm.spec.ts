import { callFacts, transcript } from '../../../../../test/support/transcripts';
import { SchemaChecker } from '../json-schema';
import { detectEmergency, EMERGENCY, EmergencyVariables } from './emergency.algorithm';

const schemas = new SchemaChecker();
const defaults = (overrides: object = {}): EmergencyVariables => {
  const applied = schemas.withDefaultsApplied<EmergencyVariables>(EMERGENCY.variablesSchema, overrides);
  if ('problems' in applied) throw new Error(JSON.stringify(applied.problems));
  return applied.value;
};
const detect = (text: string, variables: object = {}) => {
  const output = detectEmergency({ segments: transcript(text), call: callFacts(), variables: defaults(variables) });
  expect(schemas.problems(EMERGENCY.outputSchema, output)).toEqual([]);
  return output;
};

describe('emergency detection', () => {
  it('flags a gas smell reported by the caller, with the quote, speaker and time', () => {
    const output = detect(`
      [0-4] Agent: thank you for calling summit heating and plumbing this is jess how can i help
      [4-12] Caller: hi yeah um i just got home and there's a really strong smell of gas in the kitchen
      [12-16] Agent: okay are you still inside the house right now
      [16-19] Caller: yeah i'm in the hallway
      [19-27] Agent: please leave the house now and call the gas company from outside we'll send someone
    `);
    expect(output).toMatchObject({ is_emergency: true, category: 'gas_leak', severity: 'critical' });
    expect(output.confidence).toBeGreaterThanOrEqual(0.8);
    expect(output.evidence).toEqual({
      quote: "hi yeah um i just got home and there's a really strong smell of gas in the kitchen",
      speaker: 'Caller',
      segment_index: 1,
      start: 4,
    });
  });

  it('counts a "yes" to the agent’s question as the caller reporting it', () => {
    const output = detect(`
      Agent: Brightline Plumbing, this is Omar.
      Customer: Hi, my basement floor is wet and I can hear water running somewhere.
      Agent: Is water coming through the ceiling?
      Customer: Yes, it's pouring down the wall near the water heater.
    `);
    expect(output.is_emergency).toBe(true);
    expect(output.category).toBe('flooding');
    expect(output.evidence?.speaker).toBe('Customer');
  });

  it('reads a "no" that answers the agent as an answer, not a denial', () => {
    const output = detect(`
      agent: is the smell gone now
      caller: no i still smell gas in the basement
    `);
    expect(output).toMatchObject({ is_emergency: true, category: 'gas_leak' });
    expect(detect('agent: is the smell gone now\ncaller: i do not smell gas anymore').is_emergency).toBe(false);
  });

  it('needs someone at risk before no heat is an emergency', () => {
    const repair = detect(`
      Agent: Thanks for calling Northside HVAC.
      Customer: Hi, our furnace stopped working last night, can someone come out this week?
      Agent: Sure, I have Thursday morning.
    `);
    expect(repair.is_emergency).toBe(false);
    expect(repair.signals.map((s) => s.category)).toEqual(['no_heat_or_cooling']);

    const atRisk = detect(`
      Agent: Thanks for calling Northside HVAC.
      Customer: Hi, our furnace stopped working last night and it's freezing, I have a newborn at home.
      Agent: We'll get a technician to you today.
    `);
    expect(atRisk).toMatchObject({ is_emergency: true, category: 'no_heat_or_cooling', severity: 'high' });
  });

  it('finds dental trauma and the caller’s own words about it', () => {
    const output = detect(`
      Receptionist: good morning bright smiles dental
      Patient: hi my son fell off his bike and knocked out his front tooth and the bleeding won't stop
      Receptionist: okay bring him in right away we'll see him as soon as you get here
    `);
    expect(output).toMatchObject({ is_emergency: true, category: 'dental_trauma' });
    expect(output.signals.filter((s) => s.ignored === null).length).toBeGreaterThanOrEqual(2);
  });

  it('flags chest pain and sparks as critical', () => {
    expect(detect('Agent: Hello?\nCaller: my dad has chest pain and he is sweating a lot').category).toBe('medical');
    expect(
      detect(`
        Agent: Volt Electric, how can I help?
        Caller: The outlet in the bedroom is sparking and there's smoke coming out of it.
      `),
    ).toMatchObject({ is_emergency: true, category: 'electrical_fire', severity: 'critical' });
  });

  it('takes "it’s an emergency" alone as a declared emergency', () => {
    const output = detect(`
      Agent: After hours line, how can I help?
      Caller: I need a plumber out here tonight, it's an emergency.
    `);
    expect(output).toMatchObject({ is_emergency: true, category: 'declared', severity: 'medium' });
  });

  describe('hard negatives', () => {
    it('ignores denials: "I don’t think it’s an emergency", "no smell of gas"', () => {
      const output = detect(`
        Agent: Summit Plumbing, how can I help?
        Customer: Hi, I don't think it's an emergency, but my water heater is making a knocking noise.
        Agent: Do you smell gas near it at all?
        Customer: No, there's no smell of gas or anything, it just bangs when it heats up.
      `);
      expect(output.is_emergency).toBe(false);
      expect(output.signals.map((s) => s.ignored)).toEqual(['negated', 'unanswered_question', 'negated']);
    });

    it('ignores the past, hypotheticals and business terms', () => {
      const output = detect(`
        agent: bright smiles dental how can i help you
        caller: hi i wanted to ask what counts as an emergency for you guys like after hours
        agent: things like a knocked out tooth or swelling in your face we see the same day
        caller: okay we had a burst pipe last year and the plumber charged a fortune so i like to ask
        caller: also is there an emergency fee if i come in on a saturday
        agent: yes there's a seventy five dollar emergency fee on weekends
        caller: okay my gas bill is due so i'll book a regular cleaning for next month
      `);
      expect(output.is_emergency).toBe(false);
      expect(output.signals.map((s) => [s.phrase, s.ignored])).toEqual([
        ['knocked out tooth', 'not_now'],
        ['burst pipe', 'not_now'],
      ]);
    });

    it('does not mistake a chirping detector or a fireplace for danger', () => {
      const output = detect(`
        Agent: Northside HVAC.
        Customer: Hi, my carbon monoxide detector keeps beeping, I think it's the low battery chirp.
        Customer: Also can you look at the gas fireplace when you come, the flames are kind of orange.
        Agent: Sure, we can do both on Monday.
      `);
      expect(output.is_emergency).toBe(false);
    });

    it('lets a workspace turn a category off', () => {
      const text = 'Agent: Hi\nCaller: my tooth is broken and my face is swollen, the pain is unbearable';
      expect(detect(text).is_emergency).toBe(true);
      expect(detect(text, { categories: { dental_trauma: false } }).is_emergency).toBe(false);
    });
  });

  it('takes extra keywords from the workspace', () => {
    const text = `
      Agent: Cold Chain Services.
      Customer: our walk-in freezer is at forty degrees and we have all the stock in there
    `;
    expect(detect(text).is_emergency).toBe(false);
    expect(detect(text, { extra_keywords: ['freezer is at forty'] })).toMatchObject({
      is_emergency: true,
      category: 'custom',
    });
  });

  it('flags bleeding after an extraction that has not stopped for hours', () => {
    const output = detect(`
      Agent: oakridge dental after hours this is the answering service
      Caller: hi my son had two teeth pulled today and he's been bleeding for about four hours
      Agent: is he changing the gauze a lot
      Caller: yes he's soaked through all the gauze they gave us
    `);
    expect(output).toMatchObject({ is_emergency: true, category: 'dental_trauma' });
  });

  it('does not read a cue word in a business name as a report', () => {
    const output = detect(`
      Agent: Thanks for calling Red Flame Heating, this is Nora.
      Customer: Hi, my thermostat screen went blank. The furnace still runs, no smoke or anything.
      Agent: Sounds like the batteries. I can walk you through it.
    `);
    expect(output.is_emergency).toBe(false);
    expect(output.signals[0]).toMatchObject({ phrase: 'flame', ignored: 'harmless_context' });
  });

  it('does not flag an emergency for the caller’s business', () => {
    const output = detect(`
      Customer: our booking page has been down all morning and this is an emergency for our company
      Agent: i understand i've escalated it to the on call engineer
    `);
    expect(output.is_emergency).toBe(false);
  });

  it('says nothing about an empty call', () => {
    expect(detect('')).toEqual({
      is_emergency: false,
      category: null,
      severity: 'none',
      confidence: 0,
      evidence: null,
      signals: [],
    });
  });
});
