import { IsString, Matches, MaxLength } from 'class-validator';
import { HEADER_NAME_PATTERN } from './webhook-endpoints.dto';

/** What a sealed value looks like (`libs/common/secrets`): version, IV, tag and data, base64. */
const SEALED_VALUE = /^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]*$/;

/**
 * A submission's own auth header as it travels and is kept: the name, and the value sealed by the gateway
 * (`libs/common/secrets`, the job id as the record) before it reaches the bus. Only the webhook service opens it.
 */
export interface SealedWebhookAuth {
  name: string;
  sealed: string;
}

export class SealedWebhookAuthInput implements SealedWebhookAuth {
  @Matches(HEADER_NAME_PATTERN)
  name: string;

  @IsString()
  @MaxLength(4096)
  @Matches(SEALED_VALUE, { message: 'sealed must be a sealed value' })
  sealed: string;
}

/** The record a submission's sealed value belongs to (its associated data): it opens for this job only. */
export const webhookAuthContext = (jobId: string): string => `job:${jobId}:webhook-auth`;
