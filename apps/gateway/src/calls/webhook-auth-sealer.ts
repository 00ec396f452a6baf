import {
  DomainError,
  ErrorCodes,
  SealedWebhookAuth,
  SubmissionFields,
  SubmitCallCommand,
  webhookAuthContext,
} from '@callsight/contracts';
import { SecretBox } from '@callsight/common/secrets';

/** A submission's own auth header, as the client sent it: only ever in the gateway's memory. */
export interface WebhookAuthInput {
  name: string;
  value: string;
}

/** What a route does with a submission's auth header pair: send the rest, hash the request, seal for the job. */
export interface SplitSubmission<T> {
  /** The body without the pair, for the command. */
  rest: Omit<T, 'webhook_auth_header_name' | 'webhook_auth_header_value'>;
  /** The body for the Idempotency-Key hash: the value replaced by its keyed fingerprint. */
  hashed: T;
  /** The sealed pair for the job ingestion will make, or nothing. */
  sealFor: (jobId: string) => Pick<SubmitCallCommand, 'webhook_auth'>;
}

/**
 * Seals a submission's `webhook_auth_header_value` before anything leaves the gateway: the NATS submit
 * request is the bus too, and ingestion keeps only what it is sent. The webhook service, holding the
 * same CALLSIGHT_SECRETS_KEY, opens it when it sends to the call's webhook_url.
 */
export class WebhookAuthSealer {
  private constructor(private readonly box: SecretBox | null) {}

  static withKey(keyText: string | null): WebhookAuthSealer {
    return new WebhookAuthSealer(keyText ? SecretBox.fromKeyText(keyText) : null);
  }

  split<T extends SubmissionFields>(body: T): SplitSubmission<T> {
    const { webhook_auth_header_name: name, webhook_auth_header_value: value, ...rest } = body;
    if (name === undefined || value === undefined) return { rest, hashed: body, sealFor: () => ({}) };
    const box = this.sealer();
    return {
      rest,
      // The same value always gives the same fingerprint, so a retried request still matches its key.
      hashed: { ...body, webhook_auth_header_value: box.fingerprint(value, 'webhook-auth') },
      sealFor: (jobId) => ({ webhook_auth: this.seal(box, { name, value }, jobId) }),
    };
  }

  private seal(box: SecretBox, auth: WebhookAuthInput, jobId: string): SealedWebhookAuth {
    return { name: auth.name, sealed: box.seal(auth.value, webhookAuthContext(jobId)) };
  }

  private sealer(): SecretBox {
    if (this.box) return this.box;
    throw new DomainError(
      ErrorCodes.conflict,
      'This deployment has no CALLSIGHT_SECRETS_KEY on the gateway: webhook_auth_header_value is encrypted with it before it leaves the gateway. Set the same key on the gateway and the webhook service (see the configuration table in the README), or submit without webhook_auth_header_name and webhook_auth_header_value',
    );
  }
}
