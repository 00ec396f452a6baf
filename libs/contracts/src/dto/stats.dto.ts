import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class StatsRangeQuery {
  @ApiPropertyOptional({ format: 'date', description: 'First day counted (UTC), inclusive', example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day counted (UTC), inclusive', example: '2026-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
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
