import { Client } from 'pg';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { problemsAgainst } from '../openapi/documented-schema';

interface Accepted {
  job_id: string;
  call_id: string;
  status: string;
}

interface Problem {
  status: number;
  code: string;
  job_id?: string;
  call_id?: string;
}

const TRANSCRIPT = 'Agent: Hello, this is Sam.\nUser: Hi Sam, I am calling about my invoice.';

/**
 * Ingestion slower than the gateway's wait: a lock held on ingestion.jobs by the test makes the insert wait,
 * so the gateway's submit command times out while the job may still be committed behind its back.
 */
describe('a submission whose reply comes too late', () => {
  let running: RunningStack;
  let blocker: Client;
  let observer: Client;

  beforeAll(async () => {
    running = await startInProcessStack('slow-submission', { CALLSIGHT_SUBMIT_TIMEOUT_MS: '1500' });
    blocker = new Client({ connectionString: running.database.url });
    observer = new Client({ connectionString: running.database.url });
    await Promise.all([blocker.connect(), observer.connect()]);
  });

  afterAll(async () => {
    await blocker?.end();
    await observer?.end();
    await running?.stop();
  });

  const lockJobsTable = async () => {
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE ingestion.jobs IN EXCLUSIVE MODE');
  };
  const release = () => blocker.query('COMMIT');

  /** The re-sent command waits on the job id's advisory lock, held by the first attempt stuck on its insert. */
  const resendWaiting = async () => {
    const { rows } = await observer.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
    );
    return rows[0].waiting > 0;
  };

  const jobsWithTranscript = async (transcript: string) => {
    const { rows } = await observer.query<{ id: string }>(
      `SELECT j.id FROM ingestion.jobs j JOIN ingestion.calls c ON c.id = j.call_id WHERE c.transcript = $1`,
      [transcript],
    );
    return rows.map((row) => row.id);
  };

  it('asks ingestion again and answers 202 with the one job the first attempt created', async () => {
    const transcript = `${TRANSCRIPT}\n(slow once)`;
    await lockJobsTable();
    const answer = running.api.post<Accepted>('/api/v1/calls/transcript', { transcript });
    await waitFor(resendWaiting, 'the gateway to re-send the submission after its timeout');
    await release();

    const response = await answer;
    expect(response.status).toBe(202);
    expect(await jobsWithTranscript(transcript)).toEqual([response.body.job_id]);
    const job = await running.api.get(`/api/v1/jobs/${response.body.job_id}`);
    expect(job.status).toBe(200);
  });

  it('answers a 503 that names the job it may still create, and that job is the only one', async () => {
    const transcript = `${TRANSCRIPT}\n(slow twice)`;
    await lockJobsTable();
    let response;
    try {
      response = await running.api.post<Problem>('/api/v1/calls/transcript', { transcript });
    } finally {
      await release();
    }

    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(response.body.code).toBe('service_unavailable');
    expect(response.body.job_id).toMatch(/^job_[0-9a-z]{26}$/);
    expect(response.body.call_id).toMatch(/^call_[0-9a-z]{26}$/);
    expect(problemsAgainst('SubmissionUnavailableView', response.body)).toEqual([]);

    const jobId = response.body.job_id as string;
    // Once the lock is gone the stuck attempts finish: the job named in the 503 exists, once.
    await waitFor(
      async () => (await running.api.get(`/api/v1/jobs/${jobId}`)).status === 200,
      `job ${jobId} to be readable`,
    );
    expect(await jobsWithTranscript(transcript)).toEqual([jobId]);
  });

  it('names the same job in every 503 of a retried Idempotency-Key, and that job is the one kept and replayed', async () => {
    const transcript = `${TRANSCRIPT}\n(slow, retried with a key)`;
    const key = { 'Idempotency-Key': `slow-${Date.now()}` };
    await lockJobsTable();
    let first;
    let retried;
    try {
      first = await running.api.post<Problem>('/api/v1/calls/transcript', { transcript }, key);
      retried = await running.api.post<Problem>('/api/v1/calls/transcript', { transcript }, key);
    } finally {
      await release();
    }
    expect([first.status, retried.status]).toEqual([503, 503]);
    expect(retried.body.job_id).toBe(first.body.job_id);
    expect(retried.body.call_id).toBe(first.body.call_id);

    const jobId = first.body.job_id as string;
    await waitFor(
      async () => (await running.api.get(`/api/v1/jobs/${jobId}`)).status === 200,
      `job ${jobId} to be readable`,
    );
    expect(await jobsWithTranscript(transcript)).toEqual([jobId]);
    const replayed = await running.api.post<Accepted>('/api/v1/calls/transcript', { transcript }, key);
    expect(replayed.status).toBe(202);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body.job_id).toBe(jobId);
  });
});
