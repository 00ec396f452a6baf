import { Controller, Get, Param, Query, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequestContext, RequireScopes } from '@callsight/auth';
import {
  ANALYTICS_DEFAULT_DAYS,
  ANALYTICS_MAX_DAYS,
  KESTREL_RECOVERY_WINDOW_HOURS,
  KestrelAnalytics,
  KestrelAnalyticsQuery,
  KestrelAppointmentList,
  KestrelCall,
  KestrelCallIdParam,
  KestrelCallList,
  KestrelError,
  KestrelListAppointmentsQuery,
  KestrelListCallsQuery,
  KESTREL_PLAN_LIMITS_TEXT,
  WorkspaceContext,
} from '@callsight/contracts';
import { ApiVendorErrorsWithHeaders } from '../vendor-calls/api-vendor-errors.decorator';
import { KestrelAnalyticsService } from './kestrel-analytics.service';
import { KestrelAppointmentsService } from './kestrel-appointments.service';
import { KestrelCallsService } from './kestrel-calls.service';
import { KestrelErrorFilter } from './kestrel-error.filter';
import { KestrelRateLimit, kestrelRateLimitHeaders } from './kestrel-rate-limit';

const ERRORS: Record<number, string> = {
  400: 'Bad Request - Invalid parameters',
  401: 'Unauthorized - Invalid API key',
  403: 'Forbidden - Insufficient permissions',
  404: 'Not Found - Resource does not exist',
  429: `Too Many Requests - Rate limit exceeded (requests a minute by the key's plan: ${KESTREL_PLAN_LIMITS_TEXT})`,
  503: 'A service needed for this request is not available; retry after Retry-After',
};

/**
 * KestrelVoice's read API (`https://api.kestrelvoice.com/v1`), so its integrations can read calls,
 * appointments and analytics from Callsight unchanged. Every answer to a known key carries its plan's rate-limit headers.
 */
@ApiTags('KestrelVoice')
@ApiBearerAuth('bearer')
@UseFilters(KestrelErrorFilter)
@KestrelRateLimit()
@Controller('v1')
export class KestrelController {
  constructor(
    private readonly calls: KestrelCallsService,
    private readonly appointments: KestrelAppointmentsService,
    private readonly analytics: KestrelAnalyticsService,
  ) {}

  @Get('calls')
  @RequireScopes('jobs:read')
  @ApiOperation({
    operationId: 'listKestrelCalls',
    summary: 'List calls, newest first (KestrelVoice)',
    description:
      'in-progress: not yet analysed; missed: the missed_call algorithm said missed; completed: every other finished call. from_date filters on created_at.',
  })
  @ApiOkResponse({ type: KestrelCallList, headers: kestrelRateLimitHeaders(200) })
  @ApiVendorErrorsWithHeaders(KestrelError, ERRORS, kestrelRateLimitHeaders, 400, 401, 403, 429, 503)
  list(@RequestContext() context: WorkspaceContext, @Query() query: KestrelListCallsQuery): Promise<KestrelCallList> {
    return this.calls.list(context, query);
  }

  @Get('calls/:id')
  @RequireScopes('jobs:read')
  @ApiOperation({ operationId: 'getKestrelCall', summary: 'Get a call by its id (KestrelVoice)' })
  @ApiOkResponse({ type: KestrelCall, headers: kestrelRateLimitHeaders(200) })
  @ApiVendorErrorsWithHeaders(KestrelError, ERRORS, kestrelRateLimitHeaders, 400, 401, 403, 404, 429, 503)
  get(@RequestContext() context: WorkspaceContext, @Param() params: KestrelCallIdParam): Promise<KestrelCall> {
    return this.calls.get(context, params.id);
  }

  @Get('appointments')
  @RequireScopes('jobs:read')
  @ApiOperation({
    operationId: 'listKestrelAppointments',
    summary: 'List appointments booked on calls, by start (KestrelVoice)',
    description:
      "What the appointment algorithm found on each call (its latest analysis), ordered by start; those with only a day agreed follow the timed ones. scheduled: booked or rescheduled and not yet passed (or with no day said); completed: booked and its start (or its day) has passed; cancelled: cancelled on the call. from_date and to_date are inclusive: a date is compared with the appointment's day in its own timezone, a date-time with its start.",
  })
  @ApiOkResponse({ type: KestrelAppointmentList, headers: kestrelRateLimitHeaders(200) })
  @ApiVendorErrorsWithHeaders(KestrelError, ERRORS, kestrelRateLimitHeaders, 400, 401, 403, 429, 503)
  listAppointments(
    @RequestContext() context: WorkspaceContext,
    @Query() query: KestrelListAppointmentsQuery,
  ): Promise<KestrelAppointmentList> {
    return this.appointments.list(context, query);
  }

  @Get('analytics')
  @RequireScopes('stats:read')
  @ApiOperation({
    operationId: 'getKestrelAnalytics',
    summary: 'Call analytics over a period of days (KestrelVoice)',
    description:
      `Total calls by day, ISO week (from Monday) and month; appointment booking rate; average call duration; emergency detection rate; missed call recovery. ` +
      `Calls count on the day Callsight accepted them in \`timezone\`, as GET /v1/calls lists them. Default period: the last ${ANALYTICS_DEFAULT_DAYS} days up to today; at most ${ANALYTICS_MAX_DAYS} days. ` +
      `Rates count each call's latest analysis and are null when no call qualifies. A missed call is recovered when a later call with the same customer number (the caller of an inbound call, the number called on an outbound one) within ${KESTREL_RECOVERY_WINDOW_HOURS} hours was not missed. ` +
      'Needs the stats:read scope.',
  })
  @ApiOkResponse({ type: KestrelAnalytics, headers: kestrelRateLimitHeaders(200) })
  @ApiVendorErrorsWithHeaders(KestrelError, ERRORS, kestrelRateLimitHeaders, 400, 401, 403, 429, 503)
  getAnalytics(
    @RequestContext() context: WorkspaceContext,
    @Query() query: KestrelAnalyticsQuery,
  ): Promise<KestrelAnalytics> {
    return this.analytics.get(context, query);
  }
}
