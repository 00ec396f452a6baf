import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  AlgorithmIdParam,
  DomainError,
  ErrorCodes,
  ExportFeedbackQuery,
  FeedbackPage,
  FeedbackStats,
  FeedbackStatsCommand,
  FeedbackStatsQuery,
  ListFeedbackCommand,
  ListFeedbackQuery,
  MAX_FEEDBACK_PAGE,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';
import { allFeedback, feedbackCsv, feedbackNdjson } from './feedback-export';

const CSV_EXAMPLE =
  'feedback_id,run_id,job_id,algorithm_id,algorithm_version,verdict,label,corrected_value,comment,created_at\n' +
  'fb_01jd5f3k1q8m2x7c9v4b6n0p3r,run_01jd5f3k1q8m2x7c9v4b6n0p3r,job_01jd5f3k1q8m2x7c9v4b6n0p3r,outcome,1,incorrect,follow_up_needed,"{""outcome"":""follow_up_needed""}",\'=not a formula,2026-11-25T10:00:00.000Z\n';

function assertOrderedWindow(window: { from?: string; to?: string }): void {
  if (window.from && window.to && Date.parse(window.from) > Date.parse(window.to))
    throw new DomainError(ErrorCodes.validationFailed, 'from must not be after to', [
      { field: 'from', message: 'from must not be after to' },
    ]);
}

@ApiTags('Feedback')
@Controller('api/v1/feedback')
export class FeedbackController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @RequireScopes('jobs:read')
  @ApiOperation({ operationId: 'listFeedback', summary: 'Feedback given on runs, oldest first, with cursor pages' })
  @ApiOkResponse({ type: FeedbackPage })
  @ApiProblems(400, 403)
  list(@RequestContext() context: WorkspaceContext, @Query() query: ListFeedbackQuery): Promise<FeedbackPage> {
    assertOrderedWindow(query);
    const command: ListFeedbackCommand = query;
    return this.rpc.request(Subjects.scoring.listFeedback, context, command);
  }

  @Get('export')
  @RequireScopes('jobs:read')
  @ApiOperation({
    operationId: 'exportFeedback',
    summary: 'Every feedback item matching the filters, streamed as CSV or NDJSON',
    description:
      "CSV cells that start with = + - @, a tab or a carriage return are prefixed with ' so that spreadsheets do not evaluate them.",
  })
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiResponse({
    status: 200,
    description: 'The feedback, one row or line per item',
    content: {
      'text/csv': { schema: { type: 'string' }, example: CSV_EXAMPLE },
      'application/x-ndjson': {
        schema: { type: 'string' },
        example:
          '{"feedback_id":"fb_01jd5f3k1q8m2x7c9v4b6n0p3r","run_id":"run_01jd5f3k1q8m2x7c9v4b6n0p3r","verdict":"correct"}\n',
      },
    },
  })
  @ApiProblems(400, 403)
  async export(
    @RequestContext() context: WorkspaceContext,
    @Query() query: ExportFeedbackQuery,
  ): Promise<StreamableFile> {
    assertOrderedWindow(query);
    const { format = 'csv', ...filter } = query;
    const page = (cursor?: string) =>
      this.rpc.request<FeedbackPage>(Subjects.scoring.listFeedback, context, {
        ...filter,
        limit: MAX_FEEDBACK_PAGE,
        ...(cursor ? { cursor } : {}),
      } satisfies ListFeedbackCommand);
    // The first page is read before the response starts, so an unavailable service is still a 503 problem.
    const items = allFeedback(await page(), page);
    return format === 'ndjson'
      ? new StreamableFile(feedbackNdjson(items), {
          type: 'application/x-ndjson; charset=utf-8',
          disposition: 'attachment; filename="feedback.ndjson"',
        })
      : new StreamableFile(feedbackCsv(items), {
          type: 'text/csv; charset=utf-8',
          disposition: 'attachment; filename="feedback.csv"',
        });
  }

  @Get('algorithms/:id/stats')
  @RequireScopes('jobs:read')
  @ApiOperation({
    operationId: 'getAlgorithmFeedbackStats',
    summary: "An algorithm's accuracy by day or week, and precision, recall and F1 per label for label outputs",
    description:
      "Counts each run once, by its latest feedback, bucketed by when the run was made. A run's label is the value at the algorithm's label path (outcome's `outcome`, emergency's `is_emergency`, appointment's `booked`); the right label is the run's own when judged correct, else the feedback's label or corrected value.",
  })
  @ApiOkResponse({ type: FeedbackStats })
  @ApiProblems(400, 403, 404)
  stats(
    @RequestContext() context: WorkspaceContext,
    @Param() params: AlgorithmIdParam,
    @Query() query: FeedbackStatsQuery,
  ): Promise<FeedbackStats> {
    assertOrderedWindow(query);
    const command: FeedbackStatsCommand = { algorithmId: params.id, ...query };
    return this.rpc.request(Subjects.scoring.feedbackStats, context, command);
  }
}
