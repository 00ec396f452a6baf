import { WEBHOOK_FORMAT_EVENTS } from '@callsight/contracts';
import { failurePayload, resultPayload } from '../../deliveries/webhook-payload';
import { assertCarries, DeliveryFacts, PayloadFormat } from '../payload-format';

const EVENTS = WEBHOOK_FORMAT_EVENTS.native;

function body(event: string, facts: DeliveryFacts): Record<string, unknown> | null {
  assertCarries(NATIVE, event);
  if (event === 'job.completed' && facts.kind === 'result')
    return resultPayload(facts.workspaceId, facts.scoring, facts.material, facts.at, facts.recordingUrl);
  if (event === 'job.failed' && facts.kind === 'failure')
    return failurePayload(facts.workspaceId, facts.failure, facts.at);
  if (event === 'endpoint.disabled' && facts.kind === 'endpoint-disabled')
    return {
      type: 'endpoint.disabled',
      timestamp: facts.at.toISOString(),
      data: {
        workspace_id: facts.workspaceId,
        endpoint_id: facts.endpointId,
        url: facts.url,
        reason: facts.reason,
        disabled_at: facts.at.toISOString(),
      },
    };
  return null;
}

/**
 * Callsight's own payload, built by the delivery service's builders so the two cannot drift. Its
 * Standard Webhooks signature (webhook-id, webhook-timestamp, webhook-signature) is added by the
 * sender to every delivery, whatever the format, so this format adds no headers of its own.
 */
export const NATIVE: PayloadFormat = {
  id: 'native',
  events: EVENTS,
  body,
  signatureHeaders: () => ({}),
  timeoutSeconds: null,
};
