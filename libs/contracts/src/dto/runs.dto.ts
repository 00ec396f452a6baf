import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALGORITHM_ID_MESSAGE, ALGORITHM_ID_PATTERN } from './algorithms.dto';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, Matches } from 'class-validator';
import { idPattern } from '../ids';
import { REDACTION_ENTITIES } from '../config';
import { TranscriptRedaction, TranscriptSegment, TranscriptSegment as TranscriptSegmentView } from './transcript';

export class AlgorithmRunView {
  @ApiProperty() run_id: string;
  @ApiProperty() job_id: string;
  @ApiProperty({ example: 'talk_ratio' }) algorithm_id: string;
  @ApiProperty() algorithm_version: number;
  @ApiProperty({
    enum: ['succeeded', 'failed', 'skipped'],
    description:
      'skipped: the algorithm had nothing to run on or with (no LLM endpoint, a dependency that failed); see error',
  })
  status: 'succeeded' | 'failed' | 'skipped';
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) output: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the run failed or was skipped' }) error: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The variables the algorithm ran with, defaults filled in',
  })
  variables: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'For LLM runs: model, token usage and latency',
    example: {
      model: 'gpt-4o-mini',
      usage: { prompt_tokens: 812, completion_tokens: 64, total_tokens: 876 },
      latency_ms: 1430,
    },
  })
  metrics: Record<string, unknown> | null;
  @ApiProperty() duration_ms: number;
  @ApiProperty({ enum: ['pipeline', 'on_demand'] }) trigger: 'pipeline' | 'on_demand';
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class AlgorithmRuns {
  @ApiProperty() job_id: string;
  @ApiProperty({ type: [AlgorithmRunView] }) data: AlgorithmRunView[];
}

export class RunAlgorithmsRequest {
  @ApiPropertyOptional({
    type: [String],
    description: 'Algorithms to run (default: the workspace defaults)',
    example: ['talk_ratio'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(ALGORITHM_ID_PATTERN, { each: true, message: `each algorithm id ${ALGORITHM_ID_MESSAGE}` })
  algorithm_ids?: string[];
}

/** `scoring.q.runs` */
export class ListRunsQuery {
  @Matches(idPattern('job'))
  jobId: string;
}

/** `scoring.cmd.run-algorithms` */
export class RunAlgorithmsCommand extends RunAlgorithmsRequest {
  @Matches(idPattern('job'))
  jobId: string;
}

/** `transcription.q.transcript` */
export class GetTranscriptQuery {
  @Matches(idPattern('job'))
  jobId: string;
}

export interface TranscriptReply {
  transcriptId: string;
  jobId: string;
  engine: string;
  model: string | null;
  format: string | null;
  channels: number | null;
  timings: Record<string, number> | null;
  segments: TranscriptSegment[];
  text: string;
  durationSeconds: number | null;
  redaction: TranscriptRedaction | null;
  /** Where the call's audio is kept in audio storage (uploaded, or fetched from its URL); null for transcript-only calls. */
  recordingKey: string | null;
}

export class TranscriptView {
  @ApiProperty() job_id: string;
  @ApiProperty() transcript_id: string;
  @ApiProperty({ example: 'pocketsphinx', description: 'supplied, pocketsphinx or openai_compatible' }) engine: string;
  @ApiProperty({ type: String, nullable: true }) model: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The shape a supplied transcript came in' })
  format: string | null;
  @ApiProperty({ type: Number, nullable: true }) channels: number | null;
  @ApiProperty({ type: Number, nullable: true }) duration_seconds: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    description: 'Milliseconds per step, and the real-time factor',
  })
  timings: Record<string, number> | null;
  @ApiProperty() text: string;
  @ApiProperty({ type: [TranscriptSegmentView] }) segments: TranscriptSegment[];
  @ApiProperty({
    type: 'object',
    selfRequired: true,
    required: ['entities', 'counts'],
    properties: {
      entities: { type: 'array', items: { type: 'string', enum: [...REDACTION_ENTITIES] } },
      counts: {
        type: 'object',
        required: [...REDACTION_ENTITIES],
        properties: Object.fromEntries(REDACTION_ENTITIES.map((entity) => [entity, { type: 'integer', minimum: 0 }])),
      },
    },
    example: { entities: ['phone', 'email', 'card', 'ssn'], counts: { phone: 1, email: 1, card: 0, ssn: 0 } },
    nullable: true,
    description:
      'Set when the workspace redacts personal data (config algorithms.redaction): the kinds it redacts and how many of each were replaced; the text, segments and words hold placeholders ([PHONE], [EMAIL], [CARD], [SSN]) instead',
  })
  redaction: TranscriptRedaction | null;
}
