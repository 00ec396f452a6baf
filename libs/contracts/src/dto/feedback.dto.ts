import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { idPattern } from '../ids';
import { ALGORITHM_ID_MESSAGE, ALGORITHM_ID_PATTERN } from './algorithms.dto';
import { IsIsoTimestamp } from './iso-timestamp.validator';
import { JsonSizeAtMost } from './json-size.validator';

export const FEEDBACK_VERDICTS = ['correct', 'incorrect'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];
/**
 * A corrected value serialised may not exceed this; with comments of 2,000 characters a page of
 * MAX_FEEDBACK_PAGE items stays well inside one NATS message.
 */
export const MAX_CORRECTED_VALUE_BYTES = 4 * 1024;
export const MAX_FEEDBACK_PAGE = 50;
export const STATS_INTERVALS = ['day', 'week'] as const;
export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;

/** Any JSON value: written out, since a property typed unknown would be documented as an object. */
const ANY_JSON = [
  { type: 'object' },
  { type: 'array', items: {} },
  { type: 'string' },
  { type: 'number' },
  { type: 'boolean' },
  { type: 'null' },
];

export class AlgorithmRunIdParam {
  @ApiProperty({ example: 'run_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  @Matches(idPattern('run'), { message: 'id must be a run id (run_ followed by 26 characters)' })
  id: string;
}

export class FeedbackRequest {
  @ApiProperty({ enum: FEEDBACK_VERDICTS, example: 'incorrect' })
  @IsIn(FEEDBACK_VERDICTS)
  verdict: FeedbackVerdict;

  @ApiPropertyOptional({
    oneOf: ANY_JSON,
    description: `What the output should have been: any JSON value up to ${MAX_CORRECTED_VALUE_BYTES} bytes`,
    example: { outcome: 'follow_up_needed' },
  })
  @IsOptional()
  @JsonSizeAtMost(MAX_CORRECTED_VALUE_BYTES)
  corrected_value?: unknown;

  @ApiPropertyOptional({
    maxLength: 200,
    example: 'follow_up_needed',
    description: 'For algorithms whose output is a label: the right label',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label?: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'The customer asked to be called back next week.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class FeedbackView {
  @ApiProperty({ example: 'fb_01jd5f3k1q8m2x7c9v4b6n0p3r' }) feedback_id: string;
  @ApiProperty({ example: 'run_01jd5f3k1q8m2x7c9v4b6n0p3r' }) run_id: string;
  @ApiProperty({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' }) job_id: string;
  @ApiProperty({ example: 'outcome' }) algorithm_id: string;
  @ApiProperty({ example: 1 }) algorithm_version: number;
  @ApiProperty({ enum: FEEDBACK_VERDICTS }) verdict: FeedbackVerdict;
  @ApiProperty({ oneOf: ANY_JSON, description: 'Any JSON value', example: { outcome: 'follow_up_needed' } })
  corrected_value: unknown;
  @ApiProperty({ type: String, nullable: true, example: 'follow_up_needed' }) label: string | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class FeedbackPage {
  @ApiProperty({ type: [FeedbackView] }) data: FeedbackView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  next_cursor: string | null;
}

/** Which feedback a list or an export covers. */
export class FeedbackFilter {
  @ApiPropertyOptional({ example: 'outcome', pattern: ALGORITHM_ID_PATTERN.source })
  @IsOptional()
  @Matches(ALGORITHM_ID_PATTERN, { message: `algorithm_id ${ALGORITHM_ID_MESSAGE}` })
  algorithm_id?: string;

  @ApiPropertyOptional({ enum: FEEDBACK_VERDICTS })
  @IsOptional()
  @IsIn(FEEDBACK_VERDICTS)
  verdict?: FeedbackVerdict;

  @ApiPropertyOptional({ example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  @IsOptional()
  @Matches(idPattern('job'), { message: 'job_id must be a job id (job_ followed by 26 characters)' })
  job_id?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Feedback given at or after this time' })
  @IsOptional()
  @IsIsoTimestamp()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Feedback given before this time' })
  @IsOptional()
  @IsIsoTimestamp()
  to?: string;
}

export class ListFeedbackQuery extends FeedbackFilter {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_FEEDBACK_PAGE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_FEEDBACK_PAGE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The next_cursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class ExportFeedbackQuery extends FeedbackFilter {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: (typeof EXPORT_FORMATS)[number];
}

export class FeedbackStatsQuery {
  @ApiPropertyOptional({
    enum: STATS_INTERVALS,
    default: 'day',
    description: 'The buckets of accuracy over time (UTC)',
  })
  @IsOptional()
  @IsIn(STATS_INTERVALS)
  interval?: (typeof STATS_INTERVALS)[number];

  @ApiPropertyOptional({ format: 'date-time', description: 'Feedback given at or after this time' })
  @IsOptional()
  @IsIsoTimestamp()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Feedback given before this time' })
  @IsOptional()
  @IsIsoTimestamp()
  to?: string;
}

export class AccuracyPoint {
  @ApiProperty({ format: 'date', example: '2026-11-23', description: 'The first day of the bucket (UTC)' })
  period_start: string;
  @ApiProperty({ example: 12 }) total: number;
  @ApiProperty({ example: 10 }) correct: number;
  @ApiProperty({ example: 0.833 }) accuracy: number;
}

export class LabelStats {
  @ApiProperty({ example: 'appointment_booked' }) label: string;
  @ApiProperty({ example: 8, description: 'Runs whose right label is this one' }) support: number;
  @ApiProperty({ example: 7, description: 'Runs that output this label' }) predicted: number;
  @ApiProperty({ example: 6 }) true_positives: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.857, description: 'null when nothing was predicted' })
  precision: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.75, description: 'null when nothing had this label' })
  recall: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.8 }) f1: number | null;
}

export class FeedbackStats {
  @ApiProperty({ example: 'outcome' }) algorithm_id: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'outcome',
    description: 'Where the label is in the output; null when the output is not a label',
  })
  label_path: string | null;
  @ApiProperty({ example: 20, description: 'Runs with feedback (the latest feedback of each run counts)' })
  total: number;
  @ApiProperty({ example: 17 }) correct: number;
  @ApiProperty({ example: 3 }) incorrect: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.85, description: 'null without feedback' })
  accuracy: number | null;
  @ApiProperty({ enum: STATS_INTERVALS }) interval: (typeof STATS_INTERVALS)[number];
  @ApiProperty({ type: [AccuracyPoint] }) over_time: AccuracyPoint[];
  @ApiProperty({ type: [LabelStats], description: 'Per label, for label outputs; empty otherwise' })
  labels: LabelStats[];
}

/** `scoring.q.algorithm-run` */
export class RunRef {
  @Matches(idPattern('run'))
  runId: string;
}

/** `scoring.cmd.feedback` */
export class SubmitFeedbackCommand extends FeedbackRequest {
  @Matches(idPattern('run'))
  runId: string;
}

/** `scoring.q.feedback` */
export class ListFeedbackCommand extends ListFeedbackQuery {}

/** `scoring.q.feedback-stats` */
export class FeedbackStatsCommand extends FeedbackStatsQuery {
  @Matches(ALGORITHM_ID_PATTERN)
  algorithmId: string;
}
