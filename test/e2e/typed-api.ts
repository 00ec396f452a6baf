import { Webhook } from 'standardwebhooks';
import type { components } from '@callsight/api-client';
import type { ReceivedWebhook } from '../support/webhook-receiver';
import { headerProblemsOfWebhook, problemsAgainst } from '../openapi/documented-schema';

export type JobCompletedWebhook = components['schemas']['JobCompletedWebhook'];
type WebhookBody = JobCompletedWebhook | components['schemas']['JobFailedWebhook'];

/** The body of a successful response; any other answer fails the test with its status and problem. */
export async function ok<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok || data === undefined)
    throw new Error(`${response.url} answered ${response.status}: ${JSON.stringify(error)}`);
  return data;
}

export const jobIdOf = (hook: ReceivedWebhook): string => (JSON.parse(hook.body) as WebhookBody).data.job_id;

/** A job.completed delivery, its Standard Webhooks signature verified and its headers and body as openapi.json says. */
export function verifiedCompletion(hook: ReceivedWebhook | undefined, secret: string): JobCompletedWebhook {
  if (!hook) throw new Error('no webhook was received for the job');
  const payload = new Webhook(secret).verify(hook.body, hook.headers as Record<string, string>);
  expect(headerProblemsOfWebhook('job.completed', hook.headers)).toEqual([]);
  expect(problemsAgainst('JobCompletedWebhook', payload)).toEqual([]);
  return payload as JobCompletedWebhook;
}
