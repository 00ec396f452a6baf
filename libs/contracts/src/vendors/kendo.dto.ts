import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEmail,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsIsoTimestamp } from '../dto/iso-timestamp.validator';
import { FlatMetadata, IsFlatMetadata } from '../dto/flat-metadata.validator';
import { MAX_TRANSCRIPT_CHARS } from '../dto/calls.dto';

/** Platforms such as HubSpot workflows send booleans as text. */
const booleanish = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Form-built bodies send an unused field as "" or null rather than leaving it out. */
const emptyAsAbsent = ({ value }: { value: unknown }) => (value === '' || value === null ? undefined : value);

/**
 * The Kendo Push API body, after snake_case names have been read as their camelCase twins.
 * Unknown fields are ignored (integrations send what their platform sends).
 */
export class KendoIngestRequest {
  @ApiPropertyOptional({
    description: 'The call transcript ("Rep: …" lines). Required unless audioUrl is sent.',
    maxLength: MAX_TRANSCRIPT_CHARS,
  })
  @Transform(emptyAsAbsent)
  @ValidateIf((body: KendoIngestRequest) => body.audioUrl === undefined)
  @IsDefined({ message: 'transcript or audioUrl is required' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_TRANSCRIPT_CHARS)
  transcript?: string;

  @ApiPropertyOptional({
    description: 'Where to download the recording. Takes priority over transcript.',
    format: 'uri',
  })
  @Transform(emptyAsAbsent)
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'audioUrl must be an http(s) URL' },
  )
  @MaxLength(2048)
  audioUrl?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  repName?: string;

  @ApiPropertyOptional({ format: 'email' })
  @IsOptional()
  @IsEmail()
  repEmail?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  callTitle?: string;

  @ApiPropertyOptional({ description: 'When true, prefer callTitle over a generated title' })
  @IsOptional()
  @Transform(booleanish)
  @IsBoolean()
  disableAiTitleGeneration?: boolean;

  @ApiPropertyOptional({ description: 'Inverse alias of disableAiTitleGeneration' })
  @IsOptional()
  @Transform(booleanish)
  @IsBoolean()
  useAiCallTitle?: boolean;

  @ApiPropertyOptional({ format: 'date-time', description: 'ISO 8601 date or date-time' })
  @IsOptional()
  @IsIsoTimestamp()
  callDate?: string;

  @ApiPropertyOptional({
    description:
      'Call length. A number below 240 is minutes, from 240 to 86,399 seconds, from 86,400 milliseconds; or a string with a unit ("18m", "95s", "95000ms", "1h") or as "hh:mm:ss" / "mm:ss".',
    oneOf: [{ type: 'number' }, { type: 'string' }],
    example: 18,
  })
  @IsOptional()
  duration?: number | string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Flat key/value pairs',
    example: { source: 'hubspot', recordId: '12345' },
  })
  @IsOptional()
  @IsFlatMetadata()
  metadata?: FlatMetadata;

  @ApiPropertyOptional({
    description: 'The API key, for platforms that cannot send headers (also accepted as ?apiKey=)',
  })
  @IsOptional()
  @IsString()
  apiKey?: string;
}

export class KendoIngestResponse {
  @ApiProperty({ example: true }) success: boolean;
  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3s' }) callId: string;
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' }) jobId: string;
  @ApiProperty({ enum: ['queued', 'skipped'] }) status: string;
  @ApiProperty({ description: 'Whether analysis was started' }) processingTriggered: boolean;
  @ApiProperty({ type: String, nullable: true }) processingError: string | null;
  @ApiProperty({ example: 'queued for transcript analysis' }) statusReason: string;
}
