import { WEBHOOK_FORMAT_EVENTS } from '@callsight/contracts';
import { algorithmRunPayload, callEventPayload, failurePayload, resultPayload } from '../../deliveries/webhook-payload';
import { callEventDetail, callOutcomeOf, isCallEvent } from '../call-events';
import { assertCarries, DeliveryFacts, PayloadFormat, withDataRecordingUrl } from '../payload-format';

const EVENTS = WEBHOOK_FORMAT_EVENTS.native;

function body(event: string, facts: DeliveryFacts): Record<string, unknown> | null {
  assertCarries(NATIVE, event);
  if (event === 'job.completed' && facts.kind === 'result')
    return resultPayload(facts.workspaceId, facts.scoring, facts.material, facts.at, facts.recordingUrl);
  if (isCallEvent(event) && facts.kind === 'result') {
    const extra = callEventDetail(event, facts.material);
    if (!extra) return null;
    const detail = { outcome: callOutcomeOf(facts.material), recordingUrl: facts.recordingUrl, extra };
    return callEventPayload(event, facts.workspaceId, facts.scoring, detail, facts.at);
  }
  if (event === 'algorithm_run.completed' && facts.kind === 'algorithm-run')
    return algorithmRunPayload(facts.workspaceId, facts.run, facts.at);
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
  restamp: (body, at, recordingUrl) => withDataRecordingUrl({ ...body, timestamp: at.toISOString() }, recordingUrl),
};
