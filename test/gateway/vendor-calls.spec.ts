import type { JobView, KestrelCall, KestrelCallList, KridtechCallList, SubmissionAccepted } from '@callsight/contracts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiClient } from '../support/api-client';
import { AudioServer } from '../support/audio-server';
import { CannedSttServer, toneWav } from '../support/canned-stt-server';
import { match } from '../support/asymmetric-matchers';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';

/** The fields of KestrelVoice's documented call, in its example's order. */
const KESTREL_FIELDS = ['id', 'phone_number', 'status', 'duration', 'recording_url', 'transcript', 'created_at'];
/** The fields of Kridtech's documented call. */
const KRIDTECH_FIELDS = [
  'callId',
  'accountId',
  'direction',
  'toNumber',
  'callStatus',
  'duration',
  'cost',
  'createdAt',
  'firstName',
];
/** Whole seconds in UTC, as both vendors' examples write times. */
const VENDOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

const ANSWERED = [
  'Agent: Thanks for calling Summit Plumbing, this is Dana, how can I help?',
  'Caller: Hi, my kitchen sink is backing up and I would like someone to come and look at it this week.',
  'Agent: Of course. We have an opening on Thursday morning, would that work for you?',
  'Caller: Thursday morning works, thank you so much.',
].join('\n');
const MISSED = 'Agent: Thanks for calling Bright Smiles, this is Carla.\nCaller: oh sorry wrong number';

describe('KestrelVoice and Kridtech call read APIs', () => {
  let running: RunningStack;
  let open: ApiClient;
  let key: string;
  let otherKey: string;
  let answered: SubmissionAccepted;
  let missed: SubmissionAccepted;
  let foreign: SubmissionAccepted;
  const dir = mkdtempSync(join(tmpdir(), 'callsight-vendor-calls-'));
  const recording = toneWav(1.5);
  let stt: CannedSttServer;
  let audio: AudioServer;

  const settled = (api: ApiClient, jobId: string) =>
    waitFor(async () => {
      const job = (await api.get<JobView>(`/api/v1/jobs/${jobId}`)).body;
      return job.status === 'completed' ? job : undefined;
    }, `job ${jobId} to complete`);

  beforeAll(async () => {
    writeFileSync(join(dir, 'call.wav'), recording);
    [stt, audio] = await Promise.all([CannedSttServer.start(), AudioServer.start(dir)]);
    // Audio calls (one test, in a workspace of its own) go to a local speech server; transcripts need none.
    running = await startInProcessStack('vendor-calls', {
      CALLSIGHT_STT_DEFAULT_ENGINE: 'openai_compatible',
      CALLSIGHT_OPENAI_STT_URL: stt.baseUrl,
    });
    open = new ApiClient(running.api.baseUrl);
    key = running.apiKey;
    const submit = async (api: ApiClient, body: Record<string, unknown>) => {
      const response = await api.post<SubmissionAccepted>('/api/v1/calls/transcript', body);
      expect(response.status).toBe(202);
      return response.body;
    };
    // The missed call first, so the answered one is the newest.
    missed = await submit(running.api, {
      transcript: MISSED,
      duration_seconds: 5,
      direction: 'outbound',
      from_number: '+15550000001',
      to_number: '+1234567890',
    });
    answered = await submit(running.api, {
      transcript: ANSWERED,
      duration_seconds: 180.4,
      direction: 'inbound',
      from_number: '+15551234567',
      to_number: '+15550000000',
      metadata: { firstName: 'John', accountId: 'your-account-id', cost: 45 },
    });
    const workspace = await running.workspaces.createWorkspace('vendor-other');
    otherKey = (await running.workspaces.createKey(workspace.id, 'other')).key;
    const other = running.api.withKey(otherKey);
    foreign = await submit(other, { transcript: ANSWERED, direction: 'inbound', from_number: '+15559999999' });
    await Promise.all([
      settled(running.api, missed.job_id),
      settled(running.api, answered.job_id),
      settled(other, foreign.job_id),
    ]);
  });

  afterAll(async () => {
    await running?.stop();
    await Promise.all([stt?.close(), audio?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  // KestrelVoice's 429 follows the key's plan instead: test/gateway/kestrel-rate-limits.spec.ts.
  it("answers 429 past the workspace's rate limit on Kridtech's route, in its error shape, with Retry-After", async () => {
    const workspace = await running.workspaces.createWorkspace('vendor-limited');
    await running.workspaces.setRateLimit(workspace.id, 1);
    const limitedKey = (await running.workspaces.createKey(workspace.id, 'limited')).key;
    const refusal = async (path: string, headers: Record<string, string>) => {
      for (let n = 0; n < 5; n += 1) {
        const response = await open.get(path, headers);
        if (response.status === 429) return response;
        expect(response.status).toBe(200);
      }
      throw new Error(`${path} was never refused`);
    };
    const kridtech = await refusal('/api/calls', { 'x-api-key': limitedKey });
    expect(kridtech.body).toEqual({ success: false, error: match.any(String) });
    expect(kridtech.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('shows a call still being processed as in-progress and ongoing, and one that failed as completed and failed', async () => {
    // An audio server that holds the download until released, so the job stays pending meanwhile.
    const held: ServerResponse[] = [];
    const holding = createServer((_request, response) => void held.push(response));
    await new Promise<void>((resolve) => holding.listen(0, '127.0.0.1', resolve));
    try {
      const workspace = await running.workspaces.createWorkspace('vendor-pending');
      const pendingKey = (await running.workspaces.createKey(workspace.id, 'pending')).key;
      const client = running.api.withKey(pendingKey);
      const { port } = holding.address() as AddressInfo;
      const accepted = await client.post<SubmissionAccepted>('/api/v1/calls/audio', {
        audio_url: `http://127.0.0.1:${port}/call.wav`,
      });
      expect(accepted.status).toBe(202);
      await waitFor(() => held.length > 0, 'the download to start');
      const bearer = { Authorization: `Bearer ${pendingKey}` };
      const pending = await open.get<KestrelCallList>('/v1/calls?status=in-progress', bearer);
      expect(pending.body.data.map((call) => [call.id, call.status, call.transcript])).toEqual([
        [accepted.body.call_id, 'in-progress', null],
      ]);
      expect((await open.get<KestrelCallList>('/v1/calls?status=completed', bearer)).body.pagination.total).toBe(0);
      const ongoing = await open.get<KridtechCallList>('/api/calls?status=ongoing', { 'x-api-key': pendingKey });
      expect(ongoing.body.calls.map((call) => [call.callId, call.callStatus])).toEqual([
        [accepted.body.call_id, 'ongoing'],
      ]);

      for (const response of held.splice(0)) response.writeHead(404).end();
      await waitFor(async () => {
        const job = (await client.get<JobView>(`/api/v1/jobs/${accepted.body.job_id}`)).body;
        return job.status === 'failed' || undefined;
      }, 'the job to fail');
      const failed = await open.get<KridtechCallList>('/api/calls?status=failed', { 'x-api-key': pendingKey });
      expect(failed.body.calls.map((call) => [call.callId, call.callStatus])).toEqual([
        [accepted.body.call_id, 'failed'],
      ]);
      const ended = await open.get<KestrelCallList>('/v1/calls?status=completed', bearer);
      expect(ended.body.data.map((call) => [call.id, call.status])).toEqual([[accepted.body.call_id, 'completed']]);
    } finally {
      for (const response of held.splice(0)) response.writeHead(404).end();
      holding.closeAllConnections();
      await new Promise((resolve) => holding.close(resolve));
    }
  });

  describe('KestrelVoice /v1/calls', () => {
    /** The documented request: `curl https://api.kestrelvoice.com/v1/calls -H "Authorization: Bearer …" -H "Content-Type: application/json"`. */
    const kestrel = <T = KestrelCallList>(path: string, apiKey = key) =>
      open.get<T>(path, { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' });

    it('answers the documented request in the documented shape, newest first', async () => {
      const response = await kestrel('/v1/calls');
      expect(response.status).toBe(200);
      expect(Object.keys(response.body)).toEqual(['data', 'pagination']);
      expect(response.body.pagination).toEqual({ total: 2, limit: 20, offset: 0 });
      expect(response.body.data.map((call) => call.id)).toEqual([answered.call_id, missed.call_id]);
      for (const call of response.body.data) expect(Object.keys(call)).toEqual(KESTREL_FIELDS);
      expect(response.body.data[0]).toEqual({
        id: answered.call_id,
        phone_number: '+15551234567',
        status: 'completed',
        duration: 180,
        recording_url: null,
        transcript: match.stringMatching('my kitchen sink is backing up'),
        created_at: match.stringMatching(VENDOR_TIME),
      });
      expect(response.body.data[1]).toMatchObject({
        id: missed.call_id,
        phone_number: '+1234567890',
        status: 'missed',
        duration: 5,
      });
    });

    it('says the rate limit on every answer', async () => {
      const response = await kestrel('/v1/calls?limit=1');
      expect(response.headers.get('ratelimit-limit')).toMatch(/^\d+$/);
      expect(response.headers.get('ratelimit-remaining')).toMatch(/^\d+$/);
    });

    it.each([
      ['completed', () => [answered.call_id]],
      ['missed', () => [missed.call_id]],
      ['in-progress', () => []],
    ])('filters by status=%s', async (status, expected) => {
      const response = await kestrel(`/v1/calls?status=${status}`);
      expect(response.status).toBe(200);
      expect(response.body.data.map((call) => call.id)).toEqual(expected());
      expect(response.body.pagination.total).toBe(expected().length);
    });

    it('pages with limit and offset, and filters by from_date (the documented 2024-01-01)', async () => {
      const second = await kestrel('/v1/calls?limit=1&offset=1');
      expect(second.body.data.map((call) => call.id)).toEqual([missed.call_id]);
      expect(second.body.pagination).toEqual({ total: 2, limit: 1, offset: 1 });
      expect((await kestrel('/v1/calls?offset=2')).body).toEqual({
        data: [],
        pagination: { total: 2, limit: 20, offset: 2 },
      });
      expect((await kestrel('/v1/calls?from_date=2024-01-01')).body.pagination.total).toBe(2);
      expect((await kestrel('/v1/calls?from_date=2999-01-01')).body.pagination.total).toBe(0);
    });

    it('gets one call by its id, as the list shows it', async () => {
      const listed = (await kestrel('/v1/calls')).body.data[0];
      const response = await kestrel<KestrelCall>(`/v1/calls/${answered.call_id}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(listed);
    });

    it("carries a recording URL signed now for an audio call, serving the call's audio, and its transcript", async () => {
      const workspace = await running.workspaces.createWorkspace('vendor-audio');
      const audioKey = (await running.workspaces.createKey(workspace.id, 'audio')).key;
      const client = running.api.withKey(audioKey);
      const accepted = await client.post<SubmissionAccepted>('/api/v1/calls/audio', {
        audio_url: audio.url('call.wav'),
        duration_seconds: 600,
      });
      expect(accepted.status).toBe(202);
      const job = await settled(client, accepted.body.job_id);
      // The recording is 1.5 s long, whatever the submission said: both vendors get the measured length.
      expect(job.duration_seconds).toBe(600);
      expect(job.audio_duration_seconds).toBeCloseTo(1.5, 2);
      const response = await kestrel<KestrelCall>(`/v1/calls/${accepted.body.call_id}`, audioKey);
      expect(response.status).toBe(200);
      expect(response.body.duration).toBe(Math.round(job.audio_duration_seconds!));
      expect((await open.get<KridtechCallList>('/api/calls', { 'x-api-key': audioKey })).body.calls).toEqual([
        expect.objectContaining({ callId: accepted.body.call_id, duration: response.body.duration }),
      ]);
      expect(response.body.transcript).toEqual(match.any(String));
      expect(response.body.recording_url).toMatch(
        new RegExp(
          `^${running.stack.url}/api/v1/recordings/${accepted.body.job_id}\\?workspace=${workspace.id}&expires=\\d+&signature=`,
        ),
      );
      const served = await fetch(response.body.recording_url!);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(recording)).toBe(true);
      const listed = await kestrel(`/v1/calls`, audioKey);
      expect(listed.body.data.map((call) => call.recording_url?.split('?')[0])).toEqual([
        response.body.recording_url!.split('?')[0],
      ]);
    });

    it('answers the documented example id (GET /v1/calls/call_abc123) with 404 in its error shape', async () => {
      const response = await kestrel('/v1/calls/call_abc123');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.body).toEqual({
        error: { status: 404, code: 'not_found', message: match.stringMatching('call_abc123') },
      });
    });

    it("never shows another workspace's calls, and answers 404 for its ids", async () => {
      const mine = await kestrel('/v1/calls');
      expect(mine.body.data.map((call) => call.id)).not.toContain(foreign.call_id);
      const theirs = await kestrel('/v1/calls', otherKey);
      expect(theirs.body.data.map((call) => call.id)).toEqual([foreign.call_id]);
      expect(theirs.body.pagination.total).toBe(1);
      expect((await kestrel(`/v1/calls/${answered.call_id}`, otherKey)).status).toBe(404);
      expect((await kestrel(`/v1/calls/${foreign.call_id}`)).status).toBe(404);
    });

    it.each([
      ['limit=101', 'limit'],
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=1&limit=2', 'limit'],
      ['offset=-1', 'offset'],
      ['offset=1.5', 'offset'],
      ['status=failed', 'status'],
      ['status=completed&status=missed', 'status'],
      ['from_date=yesterday', 'from_date'],
      ['from_date=2024-02-30', 'from_date'],
      ['page=2', 'page'],
    ])('refuses ?%s with 400 in its error shape', async (query, field) => {
      const response = await kestrel(`/v1/calls?${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: { status: 400, code: 'validation_failed', message: match.stringMatching(field) },
      });
    });

    it('refuses a missing or unknown key with 401 and a key without jobs:read with 403, in its error shape', async () => {
      const none = await open.get('/v1/calls');
      expect(none.status).toBe(401);
      expect(none.body).toEqual({ error: { status: 401, code: 'unauthenticated', message: match.any(String) } });
      expect((await kestrel('/v1/calls', 'not-a-key')).status).toBe(401);
      const writer = (await running.workspaces.createKey(running.workspaceId, 'writer', ['calls:write'])).key;
      const forbidden = await kestrel(`/v1/calls/${answered.call_id}`, writer);
      expect(forbidden.status).toBe(403);
      expect(forbidden.body).toEqual({
        error: { status: 403, code: 'forbidden', message: match.stringMatching('jobs:read') },
      });
    });
  });

  describe('Kridtech /api/calls', () => {
    const kridtech = (path: string, apiKey = key) => open.get<KridtechCallList>(path, { 'x-api-key': apiKey });

    it('answers the documented request (?status=completed&limit=10) in the documented shape', async () => {
      const response = await kridtech('/api/calls?status=completed&limit=10');
      expect(response.status).toBe(200);
      expect(Object.keys(response.body)).toEqual(['success', 'calls', 'total']);
      expect(response.body).toMatchObject({ success: true, total: 2 });
      // A missed call is a completed one to Kridtech: its statuses say whether the call was analysed.
      expect(response.body.calls.map((call) => call.callId)).toEqual([answered.call_id, missed.call_id]);
      expect(response.body.calls[0]).toEqual({
        callId: answered.call_id,
        accountId: 'your-account-id',
        direction: 'inbound',
        toNumber: '+15550000000',
        callStatus: 'completed',
        duration: 180,
        cost: 45,
        createdAt: match.stringMatching(VENDOR_TIME),
        firstName: 'John',
      });
      for (const call of response.body.calls) expect(Object.keys(call)).toEqual(KRIDTECH_FIELDS);
    });

    it('lists every call without a filter, with null for what the call did not say', async () => {
      const response = await kridtech('/api/calls');
      expect(response.body.total).toBe(2);
      expect(response.body.calls[1]).toEqual({
        callId: missed.call_id,
        accountId: null,
        direction: 'outbound',
        toNumber: '+1234567890',
        callStatus: 'completed',
        duration: 5,
        cost: null,
        createdAt: match.stringMatching(VENDOR_TIME),
        firstName: null,
      });
      expect((await kridtech('/api/calls?limit=1')).body).toMatchObject({
        calls: [{ callId: answered.call_id }],
        total: 2,
      });
      expect((await kridtech('/api/calls?status=ongoing')).body).toEqual({ success: true, calls: [], total: 0 });
      expect((await kridtech('/api/calls?status=failed')).body).toEqual({ success: true, calls: [], total: 0 });
    });

    it("never shows another workspace's calls", async () => {
      const theirs = await kridtech('/api/calls', otherKey);
      expect(theirs.body.calls.map((call) => call.callId)).toEqual([foreign.call_id]);
      expect(theirs.body.total).toBe(1);
    });

    it.each(['limit=101', 'limit=0', 'limit=ten', 'status=missed', 'status=completed&status=failed', 'offset=1'])(
      'refuses ?%s with 400 as { success: false, error }',
      async (query) => {
        const response = await kridtech(`/api/calls?${query}`);
        expect(response.status).toBe(400);
        expect(response.body).toEqual({ success: false, error: match.any(String) });
      },
    );

    it('refuses a missing or invalid key with 401 as { success: false, error }', async () => {
      const none = await open.get('/api/calls');
      expect(none.status).toBe(401);
      expect(none.body).toEqual({ success: false, error: match.any(String) });
      expect((await kridtech('/api/calls', 'YOUR_API_KEY')).body).toEqual({
        success: false,
        error: 'The API key is not valid',
      });
    });
  });
});
