import type {
  AlgorithmRuns,
  JobView,
  KestrelAppointment,
  KestrelAppointmentList,
  SubmissionAccepted,
} from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { match } from '../support/asymmetric-matchers';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

/** The fields of an appointment, in the order the route writes them. */
const FIELDS = [
  'id',
  'call_id',
  'phone_number',
  'status',
  'scheduled_at',
  'date',
  'timezone',
  'spoken_time',
  'notes',
  'created_at',
  'updated_at',
];
const VENDOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
/** Calls made on this day resolve "tomorrow" to 23 November 2090: still ahead whenever this test runs. */
const LATER = '2090-11-22T15:00:00Z';
/** And on this one to 6 March 2024, long past. */
const EARLIER = '2024-03-05T15:00:00Z';

const BOOKED = [
  'Agent: Summit Plumbing, this is Dana, how can I help?',
  'Caller: Hi, my kitchen sink is backing up, can someone come out?',
  'Agent: Sure, we have an opening tomorrow at two thirty, would that work?',
  'Caller: Tomorrow at two thirty works.',
  "Agent: Perfect, you're all set for tomorrow at two thirty.",
].join('\n');
const BOOKED_AT_TEN = [
  'Agent: Bright Smiles Dental, this is Carla.',
  "Caller: Hi, I'd like to book a cleaning.",
  'Agent: We have tomorrow at 10 am, does that work for you?',
  'Caller: Yes, that works.',
  "Agent: Great, I've booked you for tomorrow at 10.",
].join('\n');
const RESCHEDULED = [
  'Agent: Bright Smiles Dental.',
  'Caller: Hi, I have an appointment tomorrow at 3 but I need to reschedule, something came up at work.',
  'Agent: No problem. How about the 28th at 11?',
  'Caller: That works.',
  "Agent: Okay, you're all set for the 28th at 11.",
].join('\n');
const CANCELLED = [
  'Agent: Bright Smiles Dental, how can I help?',
  'Caller: hi i need to cancel my appointment tomorrow at ten thirty',
  "Agent: okay i've cancelled that for you would you like to rebook",
  "Caller: no thanks i'll call back when i know my schedule",
].join('\n');
const DAY_ONLY = [
  'Agent: Northside HVAC, how can I help?',
  "Caller: I'd like someone to come out and service my furnace.",
  'Agent: Could we come out on the 27th?',
  'Caller: Yes, the 27th works for me.',
  "Agent: Great, you're booked for the 27th, the technician will call that morning.",
].join('\n');
const NO_APPOINTMENT = [
  'Agent: Northside HVAC, how can I help?',
  'Caller: Just wondering what your hours are.',
  "Agent: We're open nine to five.",
  'Caller: Thanks, bye.',
].join('\n');

describe('KestrelVoice /v1/appointments', () => {
  let running: RunningStack;
  let open: ApiClient;
  let key: string;
  let otherKey: string;
  let other: ApiClient;
  /** The booking made on the past call: completed. */
  let past: SubmissionAccepted;
  let cancelled: SubmissionAccepted;
  let upcoming: SubmissionAccepted;
  let dayOnly: SubmissionAccepted;
  let rescheduled: SubmissionAccepted;
  let foreign: SubmissionAccepted;

  /** The documented request: `-H "Authorization: Bearer …" -H "Content-Type: application/json"`. */
  const kestrel = <T = KestrelAppointmentList>(path: string, apiKey = key) =>
    open.get<T>(path, { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' });
  const ids = async (query: string, apiKey = key): Promise<Array<string | null>> => {
    const response = await kestrel(`/v1/appointments${query}`, apiKey);
    expect(response.status).toBe(200);
    expect(response.body.pagination.total).toBe(response.body.data.length);
    return response.body.data.map((appointment) => appointment.call_id);
  };
  const settled = (api: ApiClient, jobId: string) =>
    waitFor(async () => {
      const job = (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return job.status === 'completed' ? job : undefined;
    }, `job ${jobId} to complete`);
  const submit = async (api: ApiClient, transcript: string, extra: Record<string, unknown> = {}) => {
    const response = await api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
      transcript,
      direction: 'inbound',
      from_number: '+15551234567',
      to_number: '+15550000000',
      ...extra,
    });
    expect(response.status).toBe(202);
    return response.body;
  };

  beforeAll(async () => {
    running = await startInProcessStack('kestrel-appointments');
    open = new ApiClient(running.api.baseUrl);
    key = running.apiKey;
    // The business books in New York: spoken times are read there, and a date filter is a New York day.
    const zoned = await running.api.patch('/api/v1/algorithms/appointment/variables', {
      variables: { timezone: 'America/New_York' },
    });
    expect(zoned.status).toBe(200);
    past = await submit(running.api, BOOKED_AT_TEN, { call_date: EARLIER });
    cancelled = await submit(running.api, CANCELLED, { call_date: LATER });
    upcoming = await submit(running.api, BOOKED, { call_date: LATER, from_number: '+15557654321' });
    dayOnly = await submit(running.api, DAY_ONLY, {
      call_date: LATER,
      direction: 'outbound',
      to_number: '+15551112222',
    });
    rescheduled = await submit(running.api, RESCHEDULED, { call_date: LATER });
    const none = await submit(running.api, NO_APPOINTMENT, { call_date: LATER });
    const workspace = await running.workspaces.createWorkspace('appointments-other');
    otherKey = (await running.workspaces.createKey(workspace.id, 'other')).key;
    other = running.api.withKey(otherKey);
    foreign = await submit(other, BOOKED, { call_date: LATER, from_number: '+15559999999' });
    await Promise.all([
      ...[past, cancelled, upcoming, dayOnly, rescheduled, none].map((call) => settled(running.api, call.job_id)),
      settled(other, foreign.job_id),
    ]);
  });

  afterAll(async () => {
    await running?.stop();
  });

  it('lists every appointment in its shape, by start, those with only a day after, and no call without one', async () => {
    const response = await kestrel('/v1/appointments');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body)).toEqual(['data', 'pagination']);
    expect(response.body.pagination).toEqual({ total: 5, limit: 20, offset: 0 });
    expect(response.body.data.map((appointment) => appointment.call_id)).toEqual([
      past.call_id,
      cancelled.call_id,
      upcoming.call_id,
      rescheduled.call_id,
      dayOnly.call_id,
    ]);
    for (const appointment of response.body.data) expect(Object.keys(appointment)).toEqual(FIELDS);
    const [first, second, third, fourth, fifth] = response.body.data;
    expect(third).toEqual({
      id: match.stringMatching(/^appt_[0-9a-z]{26}$/),
      call_id: upcoming.call_id,
      phone_number: '+15557654321',
      status: 'scheduled',
      scheduled_at: '2090-11-23T14:30:00-05:00',
      date: '2090-11-23',
      timezone: 'America/New_York',
      spoken_time: 'tomorrow at two thirty',
      notes: "you're all set for tomorrow at two thirty.",
      created_at: match.stringMatching(VENDOR_TIME),
      updated_at: match.stringMatching(VENDOR_TIME),
    });
    expect(first).toMatchObject({ status: 'completed', scheduled_at: '2024-03-06T10:00:00-05:00' });
    expect(second).toMatchObject({ status: 'cancelled', scheduled_at: '2090-11-23T10:30:00-05:00' });
    expect(fourth).toMatchObject({ status: 'scheduled', scheduled_at: '2090-11-28T11:00:00-05:00' });
    expect(fifth).toMatchObject({
      status: 'scheduled',
      scheduled_at: null,
      date: '2090-11-27',
      phone_number: '+15551112222',
    });
    expect(new Set(response.body.data.map((appointment) => appointment.id)).size).toBe(5);
  });

  it('says the rate limit on every answer', async () => {
    const response = await kestrel('/v1/appointments?limit=1');
    expect(response.headers.get('ratelimit-limit')).toMatch(/^\d+$/);
    expect(response.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
  });

  it.each([
    ['scheduled', () => [upcoming.call_id, rescheduled.call_id, dayOnly.call_id]],
    ['completed', () => [past.call_id]],
    ['cancelled', () => [cancelled.call_id]],
  ])('filters by status=%s', async (status, expected) => {
    expect(await ids(`?status=${status}`)).toEqual(expected());
  });

  it("filters by from_date and to_date, a date being the appointment's own day, inclusive", async () => {
    expect(await ids('?from_date=2090-11-23&to_date=2090-11-23')).toEqual([cancelled.call_id, upcoming.call_id]);
    expect(await ids('?to_date=2024-03-06')).toEqual([past.call_id]);
    expect(await ids('?to_date=2024-03-05')).toEqual([]);
    expect(await ids('?from_date=2090-11-27')).toEqual([rescheduled.call_id, dayOnly.call_id]);
    expect(await ids('?from_date=2090-11-24&to_date=2090-11-27&status=scheduled')).toEqual([dayOnly.call_id]);
    expect(await ids('?from_date=2090-11-24&to_date=2090-11-23')).toEqual([]);
  });

  it('filters by a date-time against the start, inclusive, leaving out appointments with only a day', async () => {
    expect(await ids('?from_date=2090-11-23T14:30:00-05:00')).toEqual([upcoming.call_id, rescheduled.call_id]);
    expect(await ids('?from_date=2090-11-23T19:30:01Z')).toEqual([rescheduled.call_id]);
    expect(await ids('?to_date=2090-11-23T15:30:00')).toEqual([past.call_id, cancelled.call_id]);
    expect(await ids('?from_date=2090-11-23&to_date=2090-11-23T15:30:00Z')).toEqual([cancelled.call_id]);
    expect(await ids('?from_date=2090-11-23&to_date=2090-11-23T15:29:59Z')).toEqual([]);
  });

  it('pages with limit and offset, keeping the total', async () => {
    const page = await kestrel('/v1/appointments?limit=2&offset=1');
    expect(page.body.data.map((appointment) => appointment.call_id)).toEqual([cancelled.call_id, upcoming.call_id]);
    expect(page.body.pagination).toEqual({ total: 5, limit: 2, offset: 1 });
    expect((await kestrel('/v1/appointments?offset=5')).body).toEqual({
      data: [],
      pagination: { total: 5, limit: 20, offset: 5 },
    });
    const scheduled = await kestrel('/v1/appointments?status=scheduled&limit=1&offset=2');
    expect(scheduled.body.data.map((appointment) => appointment.call_id)).toEqual([dayOnly.call_id]);
    expect(scheduled.body.pagination.total).toBe(3);
  });

  it("never shows another workspace's appointments", async () => {
    const theirs = await kestrel('/v1/appointments', otherKey);
    expect(theirs.body.data.map((appointment) => [appointment.call_id, appointment.timezone])).toEqual([
      [foreign.call_id, 'UTC'],
    ]);
    expect(theirs.body.pagination.total).toBe(1);
    expect(theirs.body.data[0].scheduled_at).toBe('2090-11-23T14:30:00+00:00');
    const mine = await kestrel('/v1/appointments?limit=100');
    expect(mine.body.data.map((appointment) => appointment.call_id)).not.toContain(foreign.call_id);
    expect(mine.body.data.map((appointment) => appointment.id)).not.toContain(theirs.body.data[0].id);
  });

  it.each([
    ['limit=101', 'limit'],
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['offset=-1', 'offset'],
    ['status=booked', 'status'],
    ['status=in-progress', 'status'],
    ['status=scheduled&status=cancelled', 'status'],
    ['from_date=tomorrow', 'from_date'],
    ['from_date=2024-02-30', 'from_date'],
    ['to_date=2024-13-01', 'to_date'],
    ['to_date=20240101', 'to_date'],
    ['page=2', 'page'],
  ])('refuses ?%s with 400 in its error shape', async (query, field) => {
    const response = await kestrel(`/v1/appointments?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.body).toEqual({
      error: { status: 400, code: 'validation_failed', message: match.stringMatching(field) },
    });
  });

  it('refuses a missing or unknown key with 401 and a key without jobs:read with 403, in its error shape', async () => {
    const none = await open.get('/v1/appointments');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: { status: 401, code: 'unauthenticated', message: match.any(String) } });
    expect((await kestrel('/v1/appointments', 'YOUR_API_KEY')).status).toBe(401);
    const writer = (await running.workspaces.createKey(running.workspaceId, 'writer', ['calls:write'])).key;
    const forbidden = await kestrel('/v1/appointments', writer);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual({
      error: { status: 403, code: 'forbidden', message: match.stringMatching('jobs:read') },
    });
  });

  describe('when a call is analysed again', () => {
    const appointmentOf = async (callId: string, apiKey = key): Promise<KestrelAppointment | undefined> =>
      (await kestrel('/v1/appointments?limit=100', apiKey)).body.data.find((item) => item.call_id === callId);

    it('a rerun replaces the appointment under the same id, from the newer run', async () => {
      const before = (await appointmentOf(upcoming.call_id))!;
      // The workspace now books in London: the rerun reads the same words there.
      const zoned = await running.api.patch('/api/v1/algorithms/appointment/variables', {
        variables: { timezone: 'Europe/London' },
      });
      expect(zoned.status).toBe(200);
      try {
        const retried = await running.api.post(`/api/v1/jobs/${upcoming.job_id}/retry`, { mode: 'rerun' });
        expect(retried.status).toBeLessThan(300);
        const after = await waitFor(async () => {
          const appointment = await appointmentOf(upcoming.call_id);
          return appointment && appointment.timezone === 'Europe/London' ? appointment : undefined;
        }, 'the rerun to replace the appointment');
        expect(after).toEqual({
          ...before,
          scheduled_at: '2090-11-23T14:30:00+00:00',
          timezone: 'Europe/London',
          updated_at: match.stringMatching(VENDOR_TIME),
        });
        expect((await kestrel('/v1/appointments')).body.pagination.total).toBe(5);
      } finally {
        await running.api.patch('/api/v1/algorithms/appointment/variables', {
          variables: { timezone: 'America/New_York' },
        });
      }
    });

    it('an on-demand run replaces it too, keeping the call it was booked on', async () => {
      const accepted = await submit(other, BOOKED, { from_number: '+15553334444' });
      await settled(other, accepted.job_id);
      const before = (await appointmentOf(accepted.call_id, otherKey))!;
      expect(before).toMatchObject({ phone_number: '+15553334444', status: 'scheduled' });
      const runs = await other.post<AlgorithmRuns>(`/api/v1/jobs/${accepted.job_id}/run-algorithms`, {
        algorithm_ids: ['appointment'],
      });
      expect(runs.status).toBe(200);
      const after = (await appointmentOf(accepted.call_id, otherKey))!;
      // Read against the call's own date, as in the pipeline, so the same words give the same time.
      expect(after).toMatchObject({
        id: before.id,
        call_id: accepted.call_id,
        phone_number: '+15553334444',
        scheduled_at: before.scheduled_at,
        status: 'scheduled',
      });
      expect(Date.parse(after.updated_at)).toBeGreaterThanOrEqual(Date.parse(before.updated_at));
      expect((await kestrel('/v1/appointments', otherKey)).body.pagination.total).toBe(2);
    });
  });
});
