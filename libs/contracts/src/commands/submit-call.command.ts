import { Type } from 'class-transformer';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { CallMetadataFields, MAX_TRANSCRIPT_CHARS } from '../dto/calls.dto';
import type { CallSource, TitleSource } from '../events/job-events';
import { idPattern } from '../ids';
import { SealedWebhookAuthInput } from '../dto/webhook-auth.dto';

/** `ingestion.cmd.submit`: accept one call for processing. */
export class SubmitCallCommand extends CallMetadataFields {
  @IsIn(['transcript', 'audio_url', 'audio_file'])
  source: CallSource;

  @ValidateIf((command: SubmitCallCommand) => command.source === 'transcript' || command.transcript !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TRANSCRIPT_CHARS)
  transcript?: string;

  @ValidateIf((command: SubmitCallCommand) => command.source === 'audio_url')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2048)
  audio_url?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  audio_key?: string;

  /** Whose title downstream processing should prefer (Kendo's title-selection flags). */
  @IsOptional()
  @IsIn(['provided', 'generated'])
  title_source?: TitleSource;

  /** The client's Idempotency-Key and a hash of what it sent with it. */
  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,255}$/)
  idempotency_key?: string;

  @IsOptional()
  @Matches(/^[0-9a-f]{64}$/)
  request_hash?: string;

  /**
   * The ids the job and call get, chosen by the sender so it can ask after the job when the reply is lost;
   * a second submit with the same job_id answers the existing job instead of creating another.
   */
  @IsOptional()
  @Matches(idPattern('job'))
  job_id?: string;

  @IsOptional()
  @Matches(idPattern('call'))
  call_id?: string;

  /**
   * The submission's own webhook auth header, its value sealed by the gateway for `job_id`. The plain
   * value has no field here: a command carrying `webhook_auth_header_value` is refused as unknown.
   */
  @IsOptional()
  @ValidateNested()
  @Type(() => SealedWebhookAuthInput)
  webhook_auth?: SealedWebhookAuthInput;
}
