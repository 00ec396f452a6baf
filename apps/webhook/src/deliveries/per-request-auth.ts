import { Inject, Injectable } from '@nestjs/common';
import { webhookAuthContext } from '@callsight/contracts';
import type { SecretBox } from '@callsight/common/secrets';
import { SECRET_BOX } from '../endpoints/endpoints.service';
import type { DeliveryEntity } from './delivery.entity';

/** The headers one attempt adds for its submission, or why it cannot be sent as the submission asked. */
export type PerRequestHeaders = { headers: Record<string, string> } | { refusal: string };

/**
 * A submission's own auth header (AssemblyAI's `webhook_auth_header_name` / `_value`), opened only here
 * and only for a delivery to that submission's `webhook_url`: the workspace's other endpoints never see it.
 */
@Injectable()
export class PerRequestAuth {
  constructor(@Inject(SECRET_BOX) private readonly box: SecretBox | null) {}

  headersFor(delivery: Pick<DeliveryEntity, 'endpointId' | 'url' | 'job'>): PerRequestHeaders {
    const { job } = delivery;
    const auth = job?.webhookAuth;
    if (!job || delivery.endpointId !== null || !auth || delivery.url !== job.webhookUrl) return { headers: {} };
    if (!this.box)
      return {
        refusal:
          "the call's webhook auth header cannot be sent: the webhook service has no CALLSIGHT_SECRETS_KEY (set the gateway's key on it too)",
      };
    try {
      return { headers: { [auth.name]: this.box.open(auth.sealed, webhookAuthContext(job.jobId)) } };
    } catch {
      // Sending without it would only be refused by the receiver; a wrong key is the operator's to fix.
      return {
        refusal:
          "the call's webhook auth header cannot be opened: it was sealed under another CALLSIGHT_SECRETS_KEY than the webhook service holds",
      };
    }
  }
}
