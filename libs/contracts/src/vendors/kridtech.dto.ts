import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  KRIDTECH_CALL_STATUSES,
  KRIDTECH_DEFAULT_LIMIT,
  KRIDTECH_MAX_LIMIT,
  KridtechCallFields,
  KridtechCallStatus,
} from './kridtech.mapping';

/** `GET /api/calls` query, as Kridtech documents it. */
export class KridtechListCallsQuery {
  @ApiPropertyOptional({ enum: KRIDTECH_CALL_STATUSES, description: 'Filter calls by status' })
  @IsOptional()
  @IsIn(KRIDTECH_CALL_STATUSES)
  status?: KridtechCallStatus;

  @ApiPropertyOptional({
    description: 'Maximum number of calls to return',
    minimum: 1,
    maximum: KRIDTECH_MAX_LIMIT,
    default: KRIDTECH_DEFAULT_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(KRIDTECH_MAX_LIMIT)
  limit?: number;
}

export class KridtechCall implements KridtechCallFields {
  @ApiProperty({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r' }) callId: string;
  @ApiProperty({ type: String, nullable: true, description: 'Metadata accountId (or account_id); else null' })
  accountId: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['inbound', 'outbound'] }) direction:
    'inbound' | 'outbound' | null;
  @ApiProperty({ type: String, nullable: true, example: '+1234567890' }) toNumber: string | null;
  @ApiProperty({ enum: KRIDTECH_CALL_STATUSES }) callStatus: KridtechCallStatus;
  @ApiProperty({ type: Number, nullable: true, example: 125, description: 'Whole seconds' }) duration: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Metadata cost when numeric; else null' })
  cost: number | null;
  @ApiProperty({ format: 'date-time', example: '2025-02-14T10:30:00Z' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Metadata firstName (or first_name); else null' })
  firstName: string | null;
}

export class KridtechCallList {
  @ApiProperty({ enum: [true] }) success: true;
  @ApiProperty({ type: [KridtechCall] }) calls: KridtechCall[];
  @ApiProperty({ description: 'How many calls match the filter (all of them, not only those returned)' })
  total: number;
}

/** Kridtech's error body. */
export class KridtechError {
  @ApiProperty({ enum: [false] }) success: false;
  @ApiProperty({ example: 'Invalid API key' }) error: string;
}
