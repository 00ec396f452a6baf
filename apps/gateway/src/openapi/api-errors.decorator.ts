import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, ApiSecurity, getSchemaPath } from '@nestjs/swagger';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorView {
  @ApiProperty({ example: 'transcript' }) field: string;
  @ApiProperty({ example: 'transcript must be a string' }) message: string;
}

/** RFC 9457 problem details as every error response carries them. */
export class ProblemView {
  @ApiProperty({ example: 'urn:callsight:problem:validation_failed' }) type: string;
  @ApiProperty({ example: 'Validation failed' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'validation_failed' }) code: string;
  @ApiProperty({ example: 'The request is not valid' }) detail: string;
  @ApiPropertyOptional({ example: '/api/v1/calls/transcript' }) instance?: string;
  @ApiPropertyOptional({ example: 'req_01jd5f3k1q8m2x7c9v4b6n0p3r' }) request_id?: string;
  @ApiPropertyOptional({ type: [FieldErrorView] }) errors?: FieldErrorView[];
}

/** A 503 on a submission: the job and call ids it may still be accepted under (ingestion may commit after the answer). */
export class SubmissionUnavailableView extends ProblemView {
  @ApiPropertyOptional({
    example: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r',
    description: 'The job this submission may still appear as: look it up before submitting again',
  })
  job_id?: string;

  @ApiPropertyOptional({ example: 'call_01jd5f3k1q8m2x7c9v4b6n0p3r' })
  call_id?: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or fails validation',
  401: 'No valid API key was presented',
  403: 'The API key may not do this',
  404: 'No such resource in this workspace',
  409: 'The request conflicts with the current state',
  413: 'The body is larger than this route accepts',
  415: 'The body is not JSON',
  503: 'A service needed for this request is not available',
};

const problemResponse = (status: number, model: typeof ProblemView, description = DESCRIPTIONS[status]) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(model) } } },
  });

/** Documents the problem+json responses a route can give, and that it needs an API key. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return problems(statuses, problemResponse(503, ProblemView));
}

/** As ApiProblems, for a route that submits a call: its 503 may name the job the call may still become. */
export function ApiSubmissionProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  const unavailable = problemResponse(
    503,
    SubmissionUnavailableView,
    `${DESCRIPTIONS[503]}. When ingestion did not confirm the submission in time, job_id and call_id name what it may still be accepted as: look the job up before submitting again, or retry with the same Idempotency-Key`,
  );
  return applyDecorators(ApiExtraModels(SubmissionUnavailableView), problems(statuses, unavailable));
}

function problems(statuses: number[], unavailable: MethodDecorator & ClassDecorator): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemView),
    ApiSecurity('bearer'),
    ApiSecurity('api-key'),
    ...[401, ...statuses].map((status) => problemResponse(status, ProblemView)),
    unavailable,
  );
}
