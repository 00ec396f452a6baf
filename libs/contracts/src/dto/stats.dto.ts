import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsIsoDate } from './iso-timestamp.validator';

export class StatsRangeQuery {
  @ApiPropertyOptional({ format: 'date', description: 'First day counted (UTC), inclusive', example: '2026-01-01' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day counted (UTC), inclusive', example: '2026-12-31' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

export class JobCounts {
  @ApiProperty() total: number;
  @ApiProperty({ description: 'Accepted and not yet finished' }) in_progress: number;
  @ApiProperty() completed: number;
  @ApiProperty() failed: number;
  @ApiProperty() skipped: number;
}

export class StatsSummary {
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ type: JobCounts }) jobs: JobCounts;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean seconds from submission to completion' })
  avg_processing_seconds: number | null;
  @ApiProperty({ description: 'Sum of the durations of the calls counted, in seconds' })
  total_call_seconds: number;
}

export class StatsByOrganizationQuery extends StatsRangeQuery {
  @ApiPropertyOptional({
    description: 'How many organizations to return, busiest first',
    minimum: 1,
    maximum: 1000,
    default: 100,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class OrganizationStats {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The source_company_id the calls were sent with; null for calls sent without one',
  })
  organization_id: string | null;
  @ApiProperty({ type: JobCounts }) jobs: JobCounts;
  @ApiProperty({ type: Number, nullable: true, description: 'Mean seconds from submission to completion' })
  avg_processing_seconds: number | null;
  @ApiProperty({ description: 'Sum of the durations of the calls counted, in seconds' })
  total_call_seconds: number;
}

export class StatsByOrganization {
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ type: [OrganizationStats] }) data: OrganizationStats[];
}
