import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { JsonSizeAtMost } from './json-size.validator';

/**
 * Built-in ids are snake_case; a workspace's copies may add dots and hyphens (`talk_ratio.copy_1`). The first
 * character is a letter or digit so that `.` and `..` never name an algorithm in a path.
 */
export const ALGORITHM_ID_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
export const ALGORITHM_ID_MESSAGE =
  'must be 1 to 64 lower-case letters, digits, underscores, dots or hyphens, starting with a letter or digit';

export const ALGORITHM_KIND_VALUES = ['rule', 'llm', 'aggregate'] as const;
/** A workspace's variables of one algorithm, serialised, may not exceed this. */
export const MAX_VARIABLES_BYTES = 64 * 1024;

const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class AlgorithmView {
  @ApiProperty({ example: 'talk_ratio' }) id: string;
  @ApiProperty({
    example: 2,
    description: "A built-in's code version; a copy's own version, which each change of its variables raises",
  })
  version: number;
  @ApiProperty({ example: 'Talk ratio' }) name: string;
  @ApiProperty({ example: 'Share of talk time per speaker, agent and customer, and the longest monologue' })
  description: string;
  @ApiProperty({ enum: ALGORITHM_KIND_VALUES }) kind: (typeof ALGORITHM_KIND_VALUES)[number];
  @ApiProperty({ description: 'Runs on calls when the workspace has not chosen its own set' })
  enabled_by_default: boolean;
  @ApiProperty({ type: [String], example: [] }) depends_on: string[];
  @ApiProperty({ description: 'Deprecated algorithms are not run for new jobs; their past runs stay readable' })
  deprecated: boolean;
  @ApiProperty({ enum: ['builtin', 'copy'] }) origin: 'builtin' | 'copy';
  @ApiProperty({ type: String, nullable: true, description: 'For a copy: the algorithm it was copied from' })
  copied_from: string | null;
  @ApiProperty({ example: 'talk_ratio', description: 'The built-in whose code runs (itself for a built-in)' })
  base_algorithm_id: string;
  @ApiProperty({ example: 0, description: "The version of the workspace's variables (0: never changed)" })
  variables_version: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema (2020-12) of the variables' })
  variables_schema: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema (2020-12) of every output' })
  output_schema: Record<string, unknown>;
}

export class AlgorithmList {
  @ApiProperty({ type: [AlgorithmView] }) data: AlgorithmView[];
}

export class ListAlgorithmsQuery {
  @ApiPropertyOptional({ enum: ALGORITHM_KIND_VALUES })
  @IsOptional()
  @IsIn(ALGORITHM_KIND_VALUES)
  kind?: (typeof ALGORITHM_KIND_VALUES)[number];

  @ApiPropertyOptional({ type: Boolean, description: 'Only deprecated (true) or only active (false) algorithms' })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  deprecated?: boolean;
}

export class AlgorithmIdParam {
  @ApiProperty({ example: 'talk_ratio', pattern: ALGORITHM_ID_PATTERN.source })
  @Matches(ALGORITHM_ID_PATTERN, { message: `id ${ALGORITHM_ID_MESSAGE}` })
  id: string;
}

export class AlgorithmVariablesVersion {
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { threshold: 0.7 } })
  variables: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) created_at: string;
}

export class AlgorithmVariablesView {
  @ApiProperty({ example: 'talk_ratio' }) algorithm_id: string;
  @ApiProperty({ example: 2, description: 'The version of these values (0: the defaults, never changed)' })
  version: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The workspace's own values",
    example: { threshold: 0.7 },
  })
  variables: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What a run uses: the values over the schema defaults',
    example: { threshold: 0.7 },
  })
  effective: Record<string, unknown>;
  @ApiProperty({ type: [AlgorithmVariablesVersion], description: 'Every earlier and current version, newest first' })
  history: AlgorithmVariablesVersion[];
}

export class PatchAlgorithmVariablesRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Merged into the current values as a JSON merge patch (RFC 7396): null removes a value, so its default applies',
    example: { threshold: 0.7 },
  })
  @IsObject()
  @JsonSizeAtMost(MAX_VARIABLES_BYTES)
  variables: Record<string, unknown>;
}

export class CopyAlgorithmRequest {
  @ApiPropertyOptional({
    example: 'talk_ratio.sales',
    pattern: ALGORITHM_ID_PATTERN.source,
    description: "The id of the copy, with a '.' or '-' so that no built-in can take it (default: `<id>.copy_<n>`)",
  })
  @IsOptional()
  @Matches(ALGORITHM_ID_PATTERN, { message: `id ${ALGORITHM_ID_MESSAGE}` })
  id?: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Talk ratio (sales team)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

/** `scoring.q.algorithms` */
export class ListAlgorithmsCommand extends ListAlgorithmsQuery {}

/** `scoring.q.algorithm`, `scoring.q.algorithm-variables`, `scoring.cmd.algorithm.deprecate|restore` */
export class AlgorithmRef {
  @Matches(ALGORITHM_ID_PATTERN)
  algorithmId: string;
}

/** `scoring.cmd.algorithm.variables` */
export class PatchAlgorithmVariablesCommand extends PatchAlgorithmVariablesRequest {
  @Matches(ALGORITHM_ID_PATTERN)
  algorithmId: string;
}

/** `scoring.cmd.algorithm.copy` */
export class CopyAlgorithmCommand extends CopyAlgorithmRequest {
  @Matches(ALGORITHM_ID_PATTERN)
  algorithmId: string;
}
