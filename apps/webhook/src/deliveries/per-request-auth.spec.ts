import { webhookAuthContext } from '@callsight/contracts';
import { SecretBox } from '@callsight/common/secrets';
import { FLOODED_BASEMENT } from '../formats/fixtures/calls';
import type { DeliveryEntity } from './delivery.entity';
import { PerRequestAuth } from './per-request-auth';

describe('PerRequestAuth', () => {
  const box = SecretBox.fromKeyText(SecretBox.generateKeyText())!;
  const url = 'https://own.example.com/hook';
  const delivery = (overrides: Partial<DeliveryEntity> = {}): Pick<DeliveryEntity, 'endpointId' | 'url' | 'job'> => {
    const job = { ...FLOODED_BASEMENT.job, webhookUrl: url };
    const sealed = box.seal('Bearer t0ken', webhookAuthContext(job.jobId));
    return { endpointId: null, url, job: { ...job, webhookAuth: { name: 'X-Auth', sealed } }, ...overrides };
  };

  it("adds the opened header to a delivery to the call's own webhook_url", () => {
    expect(new PerRequestAuth(box).headersFor(delivery())).toEqual({ headers: { 'X-Auth': 'Bearer t0ken' } });
  });

  it('adds nothing for a workspace endpoint or the config section’s URL', () => {
    const auth = new PerRequestAuth(box);
    expect(auth.headersFor(delivery({ endpointId: 'ep_1' }))).toEqual({ headers: {} });
    expect(auth.headersFor(delivery({ url: 'https://section.example.com/hook' }))).toEqual({ headers: {} });
  });

  it('refuses, without the value, when it cannot open it: no key, another key, or another job', () => {
    expect(new PerRequestAuth(null).headersFor(delivery())).toEqual({
      refusal: expect.stringContaining('no CALLSIGHT_SECRETS_KEY') as unknown,
    });
    const other = SecretBox.fromKeyText(SecretBox.generateKeyText())!;
    expect(new PerRequestAuth(other).headersFor(delivery())).toEqual({
      refusal: expect.stringContaining('another CALLSIGHT_SECRETS_KEY') as unknown,
    });
    const moved = delivery();
    const copied = { ...moved, job: { ...moved.job!, jobId: 'job_other' } };
    const refused = new PerRequestAuth(box).headersFor(copied);
    expect(refused).toHaveProperty('refusal');
    expect(JSON.stringify(refused)).not.toContain('t0ken');
  });
});
