import type { JobView, KestrelAnalytics, SubmissionAccepted } from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { match } from '../support/asymmetric-matchers';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { FLOODED_BASEMENT_CALL } from '../support/transcripts';
import { waitFor } from '../support/wait-for';

/** Books an appointment; no emergency. */
const BOOKED = [
  'Agent: Summit Plumbing, this is Dana, how can I help?',
  'Caller: Hi, my kitchen sink is backing up, can someone come out?',
  'Agent: Sure, we have an opening tomorrow at two thirty, would that work?',
  'Caller: Tomorrow at two thirty works.',
  "Agent: Perfect, you're all set for tomorrow at two thirty.",
].join('\n');
/** Answered, and nothing booked. */
const QUESTION = [
  'Agent: Northside HVAC, how can I help?',
  'Caller: Just wondering what your hours are on Saturdays this month.',
  "Agent: We're open nine to five on Saturdays.",
  'Caller: Great, thanks so much, bye.',
].join('\n');
/** The caller hangs up after a few words: the missed_call algorithm says missed. */
const MISSED = 'Agent: Thanks for calling Bright Smiles, this is Carla.\nCaller: oh sorry wrong number';

/** KestrelVoice's analytics' fields, in the order the route writes them. */
const FIELDS = [
  'period',
  'total_calls',
  'appointment_booking_rate',
  'average_call_duration_seconds',
  'emergency_detection_rate',
  'missed_call_recovery',
];

const dayIn = (instant: string, zone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );

describe('KestrelVoice /v1/analytics', () => {
  let running: RunningStack;
  let open: ApiClient;
  let key: string;
  let otherKey: string;
  /** When each of this workspace's calls was accepted. */
  const createdAt: string[] = [];

  const kestrel = <T = KestrelAnalytics>(path: string, apiKey = key) =>
    open.get<T>(path, { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' });
  const settled = (api: ApiClient, jobId: string) =>
    waitFor(async () => {
      const job = (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return job.status === 'completed' ? job : undefined;
    }, `job ${jobId} to complete`);
  /** One call, analysed before the next is sent, so each is accepted strictly after the one before. */
  const call = async (api: ApiClient, transcript: string, extra: Record<string, unknown>): Promise<JobView> => {
    const response = await api.post<SubmissionAccepted>('/api/v1/calls/transcript', { transcript, ...extra });
    expect(response.status).toBe(202);
    return settled(api, response.body.job_id);
  };

  beforeAll(async () => {
    running = await startInProcessStack('kestrel-analytics');
    open = new ApiClient(running.api.baseUrl);
    key = running.apiKey;
    const inbound = (from: string, duration?: number) => ({
      direction: 'inbound',
      from_number: from,
      to_number: '+15550000000',
      ...(duration === undefined ? {} : { duration_seconds: duration }),
    });
    const jobs = [
      // An emergency that ends booked.
      await call(running.api, FLOODED_BASEMENT_CALL, inbound('+15551110001', 120)),
      // A booking; later the same number calls and is missed: a call before a miss recovers nothing.
      await call(running.api, BOOKED, inbound('+15551110002', 60)),
      // Missed, then the same customer calls again and is answered (its number written otherwise): recovered.
      await call(running.api, MISSED, inbound('+1 (555) 111-0003', 5)),
      await call(running.api, QUESTION, inbound('+15551110003', 30)),
      // Missed on an outbound call (the customer is the number called), then missed again calling in: neither recovered.
      await call(running.api, MISSED, {
        direction: 'outbound',
        from_number: '+15550000000',
        to_number: '+15551110005',
        duration_seconds: 5,
      }),
      await call(running.api, MISSED, inbound('+15551110005', 5)),
      await call(running.api, MISSED, inbound('+15551110002', 5)),
      // Missed with no direction, so no customer number and no length: not counted in recovery or the average.
      await call(running.api, MISSED, { from_number: '+15551110008' }),
    ];
    createdAt.push(...jobs.map((job) => job.created_at));
    const workspace = await running.workspaces.createWorkspace('analytics-other');
    otherKey = (await running.workspaces.createKey(workspace.id, 'other')).key;
    // Another workspace answers the number this one missed last: that recovers nothing here.
    await call(running.api.withKey(otherKey), QUESTION, inbound('+15551110005', 400));
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('answers every metric for the last 30 days by default, exactly', async () => {
    const response = await kestrel('/v1/analytics');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(FIELDS);
    const today = dayIn(new Date().toISOString(), 'UTC');
    const { period, total_calls, ...metrics } = response.body;
    expect(period.timezone).toBe('UTC');
    expect(period.to).toBe(today);
    expect(total_calls.by_day).toHaveLength(30);
    expect(total_calls.by_day[0].date).toBe(period.from);
    expect(total_calls.by_day.at(-1)!.date).toBe(today);
    expect(total_calls.total).toBe(8);
    const perDay = new Map<string, number>();
    for (const instant of createdAt) perDay.set(dayIn(instant, 'UTC'), (perDay.get(dayIn(instant, 'UTC')) ?? 0) + 1);
    for (const day of total_calls.by_day) expect(day.count).toBe(perDay.get(day.date) ?? 0);
    expect(total_calls.by_week.reduce((sum, week) => sum + week.count, 0)).toBe(8);
    expect(total_calls.by_month.reduce((sum, month) => sum + month.count, 0)).toBe(8);
    expect(metrics).toEqual({
      // Two bookings among the eight calls the appointment algorithm ran on.
      appointment_booking_rate: { rate: 0.25, booked: 2, eligible: 8 },
      // 120 + 60 + 5 + 30 + 5 + 5 + 5 over the seven calls with a length.
      average_call_duration_seconds: 32.9,
      emergency_detection_rate: { rate: 0.125, detected: 1, eligible: 8 },
      // Four missed calls with a customer number; only the one the customer called back about was recovered.
      missed_call_recovery: { rate: 0.25, missed: 4, recovered: 1, window_hours: 168 },
    });
  });

  it('buckets days into ISO weeks and months over a period of its own, with nothing to rate', async () => {
    const response = await kestrel('/v1/analytics?from_date=2020-01-30&to_date=2020-02-04');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      period: { from: '2020-01-30', to: '2020-02-04', timezone: 'UTC' },
      total_calls: {
        total: 0,
        by_day: ['2020-01-30', '2020-01-31', '2020-02-01', '2020-02-02', '2020-02-03', '2020-02-04'].map((date) => ({
          date,
          count: 0,
        })),
        by_week: [
          { week_start: '2020-01-27', count: 0 },
          { week_start: '2020-02-03', count: 0 },
        ],
        by_month: [
          { month: '2020-01', count: 0 },
          { month: '2020-02', count: 0 },
        ],
      },
      appointment_booking_rate: { rate: null, booked: 0, eligible: 0 },
      average_call_duration_seconds: null,
      emergency_detection_rate: { rate: null, detected: 0, eligible: 0 },
      missed_call_recovery: { rate: null, missed: 0, recovered: 0, window_hours: 168 },
    });
  });

  it('counts days in the timezone asked for, from each call when it is not the one counted in, with the same metrics', async () => {
    const zone = 'Pacific/Kiritimati';
    const days = createdAt.map((instant) => dayIn(instant, zone)).sort();
    const from = days[0];
    const to = days.at(-1)!;
    const response = await kestrel(`/v1/analytics?from_date=${from}&to_date=${to}&timezone=${zone}`);
    expect(response.status).toBe(200);
    expect(response.body.period).toEqual({ from, to, timezone: zone });
    expect(response.body.total_calls.by_day).toEqual(
      [...new Set(days)].map((date) => ({ date, count: days.filter((day) => day === date).length })),
    );
    const utc = (await kestrel('/v1/analytics')).body;
    expect(response.body.appointment_booking_rate).toEqual(utc.appointment_booking_rate);
    expect(response.body.emergency_detection_rate).toEqual(utc.emergency_detection_rate);
    expect(response.body.average_call_duration_seconds).toBe(utc.average_call_duration_seconds);
    expect(response.body.missed_call_recovery).toEqual(utc.missed_call_recovery);
    // The day before the calls in that zone holds none of them.
    const before = await kestrel(`/v1/analytics?from_date=2020-01-01&to_date=2020-01-01&timezone=${zone}`);
    expect(before.body.total_calls.total).toBe(0);
  });

  it.each(['UTC', 'Pacific/Kiritimati'])('answers the last day it can, in %s', async (zone) => {
    const response = await kestrel(`/v1/analytics?from_date=9999-11-30&to_date=9999-11-30&timezone=${zone}`);
    expect(response.status).toBe(200);
    expect(response.body.total_calls).toEqual({
      total: 0,
      by_day: [{ date: '9999-11-30', count: 0 }],
      by_week: [{ week_start: '9999-11-29', count: 0 }],
      by_month: [{ month: '9999-11', count: 0 }],
    });
  });

  it("never counts another workspace's calls", async () => {
    const theirs = await kestrel('/v1/analytics', otherKey);
    expect(theirs.status).toBe(200);
    expect(theirs.body.total_calls.total).toBe(1);
    expect(theirs.body.average_call_duration_seconds).toBe(400);
    expect(theirs.body.appointment_booking_rate).toEqual({ rate: 0, booked: 0, eligible: 1 });
    expect(theirs.body.missed_call_recovery).toEqual({ rate: null, missed: 0, recovered: 0, window_hours: 168 });
  });

  it("says the key's plan limit on the answer, in both spellings", async () => {
    const response = await kestrel('/v1/analytics');
    expect(response.headers.get('ratelimit-limit')).toBe('100');
    expect(response.headers.get('x-ratelimit-limit')).toBe('100');
    expect(response.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
    expect(response.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
  });

  it.each([
    ['from_date=2024-02-30', 'from_date'],
    ['from_date=2024-01-01T00:00:00Z', 'from_date'],
    ['to_date=tomorrow', 'to_date'],
    ['to_date=20240101', 'to_date'],
    ['timezone=Mars/Olympus', 'timezone'],
    ['from_date=2024-03-02&to_date=2024-03-01', 'must not be after'],
    ['from_date=2090-01-01', 'must not be after'],
    ['from_date=2023-01-01&to_date=2024-01-02', 'at most 366 days'],
    ['from_date=9999-12-01&to_date=9999-12-31', 'before 9999-12-01'],
    ['metric=calls', 'metric'],
  ])('refuses ?%s with 400 in its error shape', async (query, says) => {
    const response = await kestrel(`/v1/analytics?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body).toEqual({
      error: { status: 400, code: 'validation_failed', message: match.stringMatching(says) },
    });
    expect(response.headers.get('x-ratelimit-limit')).toBe('100');
  });

  it('refuses a missing or unknown key with 401 and a key without stats:read with 403, in its error shape', async () => {
    const none = await open.get('/v1/analytics');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: { status: 401, code: 'unauthenticated', message: match.any(String) } });
    expect((await kestrel('/v1/analytics', 'YOUR_API_KEY')).status).toBe(401);
    const reader = (await running.workspaces.createKey(running.workspaceId, 'reader', ['jobs:read'])).key;
    const forbidden = await kestrel('/v1/analytics', reader);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual({
      error: { status: 403, code: 'forbidden', message: match.stringMatching('stats:read') },
    });
  });
});
