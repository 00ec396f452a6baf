import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min, registerDecorator, ValidationOptions } from 'class-validator';
import { isTimeZone, TIME_ZONE_RULE } from '../time-zone';
import { IsIsoDate } from './iso-timestamp.validator';

export const IsTimeZone =
  (options?: ValidationOptions): PropertyDecorator =>
  (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: isTimeZone,
        defaultMessage: (args) => `${args?.property} ${TIME_ZONE_RULE}`,
      },
    });

export class StatsRangeQuery {
  @ApiPropertyOptional({
    format: 'date',
    description: 'First day counted, inclusive, in `tz`',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Last day counted, inclusive, in `tz`', example: '2026-12-31' })
  @IsOptional()
  @IsIsoDate()
  to?: string;

  @ApiPropertyOptional({
    description:
      "The IANA time zone whose days are counted. Default: the workspace's own, the zone its calls are counted in (UTC unless configured).",
    example: 'America/New_York',
  })
  @IsOptional()
  @IsTimeZone()
  tz?: string;
}

export class JobCounts {
  @ApiProperty({ example: 1250 }) total: number;
  @ApiProperty({ description: 'Accepted and not yet finished', example: 12 }) in_progress: number;
  @ApiProperty({ example: 1180 }) completed: number;
  @ApiProperty({ example: 38 }) failed: number;
  @ApiProperty({ example: 20 }) skipped: number;
}

export class StageTiming {
  @ApiProperty({ description: 'Completed jobs whose attempt went through this stage', example: 1180 })
  count: number;
  @ApiProperty({ type: Number, nullable: true, example: 41.2 }) mean_seconds: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'From a histogram whose buckets are 10% wide: within 5% of the exact median',
    example: 35.9,
  })
  median_seconds: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Within 5%, as the median', example: 96.4 })
  p95_seconds: number | null;
}

export class ProcessingTimes {
  @ApiProperty({ type: StageTiming, description: 'From the attempt starting to transcription starting' })
  queued: StageTiming;
  @ApiProperty({ type: StageTiming }) transcription: StageTiming;
  @ApiProperty({ type: StageTiming, description: 'Running the algorithms' }) analysis: StageTiming;
  @ApiProperty({ type: StageTiming, description: 'From results being ready to the webhooks answering' })
  delivery: StageTiming;
  @ApiProperty({ type: StageTiming, description: 'From the finishing attempt starting to the job completing' })
  total: StageTiming;
}

export class CountByValue {
  @ApiProperty({ type: String, nullable: true, example: 'appointment_booked' }) value: string | null;
  @ApiProperty({ example: 310 }) jobs: number;
}

export class AlgorithmResultCount {
  @ApiProperty({ example: 'emergency' }) algorithm_id: string;
  @ApiProperty({
    description: 'What the algorithm found, as one label (emergency: detected or none; appointment: booked or none)',
    example: 'detected',
  })
  result: string;
  @ApiProperty({ example: 12 }) jobs: number;
}

export class StatsSummary {
  @ApiProperty({ type: String, nullable: true, example: '2026-01-01' }) from: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-31' }) to: string | null;
  @ApiProperty({ description: 'The time zone the days were counted in', example: 'America/New_York' }) tz: string;
  @ApiProperty({ type: JobCounts }) jobs: JobCounts;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'completed / (completed + failed); skipped jobs are neither; null before any finished',
    example: 0.9688,
  })
  success_rate: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean seconds from submission to completion',
    example: 52.3,
  })
  avg_processing_seconds: number | null;
  @ApiProperty({ type: ProcessingTimes }) processing: ProcessingTimes;
  @ApiProperty({
    description: 'Sum of the calls’ durations in seconds: the measured audio, else the duration submitted',
    example: 214380,
  })
  total_call_seconds: number;
  @ApiProperty({ description: 'Minutes of audio measured by transcription', example: 3512.6 })
  audio_minutes: number;
  @ApiProperty({ type: [CountByValue], description: 'Jobs by call direction; null: not given' })
  by_direction: CountByValue[];
  @ApiProperty({ type: [CountByValue], description: 'Jobs by the outcome algorithm’s verdict; null: not analysed' })
  by_outcome: CountByValue[];
  @ApiProperty({ type: [AlgorithmResultCount], description: 'What the detecting algorithms found, per job' })
  algorithm_results: AlgorithmResultCount[];
}

export class DailyStats {
  @ApiProperty({ format: 'date', example: '2026-03-09' }) date: string;
  @ApiProperty({ type: JobCounts }) jobs: JobCounts;
  @ApiProperty({ type: Number, nullable: true, example: 0.97 }) success_rate: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 48.1 }) avg_processing_seconds: number | null;
  @ApiProperty({ example: 5230 }) total_call_seconds: number;
  @ApiProperty({ example: 80.5 }) audio_minutes: number;
}

export class StatsDaily {
  @ApiProperty({ type: String, nullable: true, example: '2026-03-01' }) from: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-31' }) to: string | null;
  @ApiProperty({ example: 'UTC' }) tz: string;
  @ApiProperty({
    type: [DailyStats],
    description:
      'Every day of the range, oldest first, days without calls included; without from/to, the days from the first call to the last',
  })
  data: DailyStats[];
}

/** Where duration buckets may start: the histogram stats keeps is this fine and no finer. */
export const DURATION_EDGE_RULE =
  'bucket edges are whole seconds in increasing order: multiples of 5 up to 600, of 30 up to 3600, of 300 up to 14400';

export class DurationDistributionQuery extends StatsRangeQuery {
  @ApiPropertyOptional({
    description: `Where buckets start, in seconds, comma-separated; the first bucket starts at 0 and the last has no end. ${DURATION_EDGE_RULE}.`,
    example: '30,60,120,300,600,1800',
    default: '30,60,120,300,600,1800',
  })
  @IsOptional()
  @Matches(/^\d{1,5}(,\d{1,5}){0,49}$/, {
    message: 'buckets must be up to 50 whole numbers of seconds, comma-separated',
  })
  buckets?: string;
}

export class DurationBucket {
  @ApiProperty({ example: 60 }) min_seconds: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Exclusive; null for the last bucket', example: 120 })
  max_seconds: number | null;
  @ApiProperty({ example: 412 }) calls: number;
  @ApiProperty({ description: 'Share of the calls with a known duration', example: 0.3296 }) share: number;
}

export class StatsDurationDistribution {
  @ApiProperty({ type: String, nullable: true, example: '2026-01-01' }) from: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-31' }) to: string | null;
  @ApiProperty({ example: 'UTC' }) tz: string;
  @ApiProperty({ description: 'Calls with a known duration (measured, else submitted)', example: 1250 })
  calls: number;
  @ApiProperty({ description: 'Calls counted without any duration', example: 3 }) unknown_duration: number;
  @ApiProperty({ type: [DurationBucket] }) buckets: DurationBucket[];
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
    example: 'acme-plumbing',
  })
  organization_id: string | null;
  @ApiProperty({ type: JobCounts }) jobs: JobCounts;
  @ApiProperty({ type: Number, nullable: true, example: 0.96 }) success_rate: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean seconds from submission to completion',
    example: 50.2,
  })
  avg_processing_seconds: number | null;
  @ApiProperty({ description: 'Sum of the calls’ durations, in seconds', example: 35200 })
  total_call_seconds: number;
  @ApiProperty({ example: 580.2 }) audio_minutes: number;
}

export class StatsByOrganization {
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
  @ApiProperty({ example: 'UTC' }) tz: string;
  @ApiProperty({ type: [OrganizationStats] }) data: OrganizationStats[];
}

export class TrendPoint {
  @ApiProperty({ format: 'date', example: '2026-03-09' }) date: string;
  @ApiProperty({ description: 'Calls accepted that day', example: 42 }) calls: number;
  @ApiProperty({ description: 'Their durations, in seconds', example: 7560 }) call_seconds: number;
  @ApiProperty({ description: 'Mean of calls over this day and the 6 before', example: 39.7 }) calls_7d: number;
  @ApiProperty({ description: 'Mean of calls over this day and the 27 before', example: 37.1 }) calls_28d: number;
  @ApiProperty({ example: 7012.4 }) call_seconds_7d: number;
  @ApiProperty({ example: 6804.9 }) call_seconds_28d: number;
}

export class StatsTrends {
  @ApiProperty({ format: 'date', example: '2026-02-07' }) from: string;
  @ApiProperty({ format: 'date', example: '2026-03-09' }) to: string;
  @ApiProperty({ example: 'UTC' }) tz: string;
  @ApiProperty({
    type: [TrendPoint],
    description:
      'Every day of the range, oldest first; moving averages include the days before `from`. Default range: the 30 days up to today.',
  })
  data: TrendPoint[];
}
