import { subscribesTo, WEBHOOK_FORMAT_DEFAULT_EVENTS, WEBHOOK_FORMAT_EVENTS } from './webhook-endpoints.dto';

describe('which events an endpoint gets', () => {
  it('gives a native endpoint without a filter one results message per job, not the call events that repeat it', () => {
    expect(subscribesTo('native', [], 'job.completed')).toBe(true);
    expect(subscribesTo('native', [], 'algorithm_run.completed')).toBe(true);
    expect(subscribesTo('native', [], 'endpoint.disabled')).toBe(true);
    expect(subscribesTo('native', [], 'call.completed')).toBe(false);
    expect(subscribesTo('native', [], 'emergency.detected')).toBe(false);
  });

  it('gives an endpoint with a filter exactly what it names', () => {
    expect(subscribesTo('native', ['emergency.detected'], 'emergency.detected')).toBe(true);
    expect(subscribesTo('native', ['emergency.detected'], 'job.completed')).toBe(false);
    expect(subscribesTo('kestrel', ['call.missed'], 'call.completed')).toBe(false);
  });

  it('gives vendor endpoints without a filter every event their format has', () => {
    for (const event of WEBHOOK_FORMAT_EVENTS.kestrel) expect(subscribesTo('kestrel', [], event)).toBe(true);
    expect(subscribesTo('kridtech', [], 'call.completed')).toBe(true);
  });

  it('only defaults to events the format carries', () => {
    for (const format of ['native', 'kestrel', 'kridtech'] as const)
      for (const event of WEBHOOK_FORMAT_DEFAULT_EVENTS[format])
        expect(WEBHOOK_FORMAT_EVENTS[format] as readonly string[]).toContain(event);
  });
});
