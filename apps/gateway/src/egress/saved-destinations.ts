import { Inject, Injectable } from '@nestjs/common';
import { DomainError, ErrorCodes, FieldError } from '@callsight/contracts';
import { EgressPolicy, savedUrlRefusal } from '@callsight/common/egress';
import { GATEWAY_SETTINGS } from '../workspaces/bootstrap-key.service';
import type { GatewaySettings } from '../gateway.env';

/** Long enough for a working resolver, short enough that a dead one does not hold the request. */
const SAVE_LOOKUP_TIMEOUT_MS = 2_000;

/**
 * Refuses webhook and audio URLs that the egress guard would refuse, when they are saved or submitted,
 * so the mistake is told to whoever makes it rather than found later as a failed job. The guard still
 * checks every connection: a host name's DNS answer may change after it was saved.
 */
@Injectable()
export class SavedDestinations {
  private readonly policy: EgressPolicy;

  constructor(@Inject(GATEWAY_SETTINGS) settings: GatewaySettings) {
    this.policy = EgressPolicy.fromEnv(settings.egressAllow);
  }

  /** Throws a 400 naming each field (field name → URL; absent and null URLs are skipped) whose destination is refused. */
  async assertAllowed(urls: Record<string, string | null | undefined>): Promise<void> {
    const errors: FieldError[] = [];
    for (const [field, url] of Object.entries(urls)) {
      if (typeof url !== 'string') continue;
      const refusal = await savedUrlRefusal(this.policy, url, { timeoutMs: SAVE_LOOKUP_TIMEOUT_MS });
      if (refusal)
        errors.push({
          field,
          message: `${field} is not an allowed destination: ${refusal}. Outgoing requests only reach public addresses unless CALLSIGHT_EGRESS_ALLOW lists it`,
        });
    }
    if (errors.length) throw new DomainError(ErrorCodes.validationFailed, 'The request is not valid', errors);
  }
}
