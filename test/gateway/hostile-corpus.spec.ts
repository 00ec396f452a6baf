import { writeFileSync } from 'node:fs';
import type {
  AlgorithmList,
  AlgorithmRuns,
  AlgorithmView,
  FeedbackPage,
  JobPage,
  JobView,
  SubmissionAccepted,
  WorkspaceConfigView,
} from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { startInProcessStack, RunningStack } from '../support/in-process-stack';
import { waitFor } from '../support/wait-for';
import { buildCorpus, HostileCase, WorkspaceFacts } from './corpus/hostile-cases';
import { readOperations, routeName } from './corpus/openapi-routes';
import { RawResponse, sendRaw } from './corpus/raw-http';

/**
 * Issue 14: at least 10,000 hostile requests generated from the committed OpenAPI document, over every
 * operation in it, against one in-process stack holding two workspaces. None may answer 5xx, answer a
 * 4xx without problem+json, change state in either workspace, show one workspace's data to the other,
 * take longer than the ceiling, or write an API key to a log line.
 */

const SEED = 20261125;
const MINIMUM_PER_ROUTE = 320;
const POOL = 12;
/** A bound on each request, not a benchmark: generous for 2 shared cores, small next to a hung request. */
const CEILING_MS = 2_000;
const SOCKET_TIMEOUT_MS = 10_000;
/** Over 10,000 requests through one in-process stack on two cores. */
const CORPUS_TIMEOUT_MS = 300_000;
/** The Kendo route allows a key 30 requests a minute; each key is used for fewer. */
const KENDO_REQUESTS_PER_KEY = 20;
const KENDO = 'POST /api/integrations/push-api/ingest';
/** KestrelVoice's routes allow a (Personal) key 100 requests a minute between them; each key is used for fewer. */
const KESTREL_REQUESTS_PER_KEY = 90;
const isKestrel = (route: string): boolean => route.split(' ')[1].startsWith('/v1/');

/** Keys of one workspace for routes with a small limit, each used for at most `perKey` requests. */
class KeyPool {
  private sent = 0;
  private constructor(
    readonly keys: string[],
    private readonly perKey: number,
  ) {}

  static async create(running: RunningStack, workspaceId: string, label: string, requests: number, perKey: number) {
    const keys: string[] = [];
    for (let n = 0; n * perKey < requests; n += 1)
      keys.push((await running.workspaces.createKey(workspaceId, `corpus-${label}-${n}`)).key);
    return new KeyPool(keys, perKey);
  }

  next(): string {
    return this.keys[Math.floor(this.sent++ / this.perKey)];
  }
}

/**
 * Cases that still fail for a reason too large to fix here, each with why. Printed by the test so they stay
 * visible; empty when everything passes.
 */
const KNOWN_UNFIXED: Array<{ reason: string; matches: (c: HostileCase) => boolean }> = [];

interface Outcome {
  hostile: HostileCase;
  response: RawResponse;
}

/**
 * The stack's log lines, kept out of the test output. Under jest pino writes them to `process.stdout` (see
 * pino's `hasBeenTampered`); anything that is not a log line passes through.
 */
function captureLogs(): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const stdout = process.stdout;
  const write = stdout.write.bind(stdout) as (...args: unknown[]) => boolean;
  stdout.write = (data: string | Uint8Array, ...rest: unknown[]) => {
    const text = typeof data === 'string' ? data : Buffer.from(data).toString();
    if (!text.startsWith('{"level"')) return write(data, ...rest);
    chunks.push(text);
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (done) process.nextTick(done);
    return true;
  };
  return { text: () => chunks.join(''), restore: () => void (stdout.write = write as typeof stdout.write) };
}

async function seedJob(api: ApiClient, marker: string): Promise<SubmissionAccepted> {
  const response = await api.post<SubmissionAccepted>('/api/v1/calls/transcript', {
    // It books an appointment whose quote names the marker, so /v1/appointments has a row to leak too.
    transcript: [
      `Rep: hello from ${marker}, we have an opening tomorrow at two thirty, would that work?`,
      `Customer: ${marker} here, tomorrow at two thirty works.`,
      `Rep: Perfect, you're all set for tomorrow at two thirty, ${marker}.`,
    ].join('\n'),
    source_call_id: `call-${marker}`,
    source_company_id: `company-${marker}`,
  });
  expect(response.status).toBe(202);
  return response.body;
}

async function firstRunOf(api: ApiClient, jobId: string): Promise<string> {
  return (await api.get<AlgorithmRuns>(`/api/v1/jobs/${jobId}/runs`)).body.data[0].run_id;
}

/** Everything a hostile request must not change in one workspace. */
async function snapshot(running: RunningStack, api: ApiClient, workspaceId: string) {
  const jobs = (await api.get<JobPage>('/api/v1/jobs?limit=100')).body.data;
  return {
    jobs: await Promise.all(jobs.map(async (job) => (await api.get<JobView>(`/api/v1/jobs/${job.job_id}`)).body)),
    runs: await Promise.all(jobs.map(async (job) => (await api.get(`/api/v1/jobs/${job.job_id}/runs`)).text)),
    config: (await api.get<WorkspaceConfigView>(`/api/v1/config/workspaces/${workspaceId}`)).body,
    algorithms: (await api.get<AlgorithmList>('/api/v1/algorithms')).body,
    feedback: (await api.get<FeedbackPage>('/api/v1/feedback?limit=50')).body,
    endpoints: (await api.get('/api/v1/webhooks/endpoints')).text,
    // By id: keys made in the same millisecond come back in either order.
    keys: (await running.workspaces.listKeys(workspaceId))
      .map(({ id, name, scopes, revokedAt }) => ({ id, name, scopes, revokedAt }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** The target as the server reads it, so an id the client sent percent-encoded counts as sent. */
function readable(target: string): string {
  try {
    return `${target} ${decodeURIComponent(target)}`;
  } catch {
    return target;
  }
}

/** What about a response breaks a rule, or undefined when it keeps them all. */
function violation(
  { hostile, response }: Outcome,
  markersOf: (c: HostileCase) => string[],
  errorMediaTypesOf: (c: HostileCase) => string[],
): string | undefined {
  if (response.status === 0) return hostile.request.incomplete ? undefined : 'no answer';
  if (response.status >= 500) return `${response.status} ${response.body.slice(0, 200)}`;
  const type = response.headers.get('content-type') ?? '';
  // problem+json, or the error body the route documents (a vendor route answers in that vendor's own JSON).
  const allowed = ['application/problem+json', ...errorMediaTypesOf(hostile)];
  if (response.status >= 400 && !allowed.some((media) => type.split(';')[0].trim() === media))
    return `${response.status} without problem+json or its documented error type (${type || 'no content type'}) ${response.body.slice(0, 80)}`;
  if (hostile.expect === 'rejected' && response.status < 400) return `accepted with ${response.status}`;
  if (hostile.expect === 'not-found' && response.status !== 404) return `${response.status}, not 404`;
  const sent = `${readable(hostile.request.target)} ${hostile.request.body?.toString() ?? ''}`;
  const leaked = markersOf(hostile).filter((marker) => response.body.includes(marker) && !sent.includes(marker));
  if (leaked.length > 0) return `shows the other workspace's ${leaked.join(', ')}`;
  if (response.ms > CEILING_MS) return `took ${Math.round(response.ms)} ms`;
  return undefined;
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]);
}

function report(outcomes: Outcome[], skipped: HostileCase[]): string {
  const perRoute = new Map<string, Map<string, number>>();
  for (const { hostile } of outcomes) {
    const categories = perRoute.get(hostile.route) ?? new Map<string, number>();
    const family = hostile.category.split(':')[0];
    categories.set(family, (categories.get(family) ?? 0) + 1);
    perRoute.set(hostile.route, categories);
  }
  const statuses = new Map<number, number>();
  for (const { response } of outcomes) statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const times = outcomes.map((o) => o.response.ms).sort((a, b) => a - b);
  const slowest = [...outcomes].sort((a, b) => b.response.ms - a.response.ms).slice(0, 5);
  return [
    `hostile corpus: ${outcomes.length} requests over ${perRoute.size} operations`,
    ...[...perRoute].map(
      ([route, categories]) =>
        `  ${route.padEnd(52)} ${[...categories].map(([name, count]) => `${name} ${count}`).join(', ')}`,
    ),
    `statuses: ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ')}`,
    `time per request (ms): p50 ${percentile(times, 50)}, p90 ${percentile(times, 90)}, p99 ${percentile(times, 99)}, max ${percentile(times, 100)} (ceiling ${CEILING_MS})`,
    ...slowest.map((o) => `  slow: ${Math.round(o.response.ms)} ms ${o.hostile.label}`),
    `known unfixed (skipped): ${skipped.length}`,
    ...KNOWN_UNFIXED.map((known) => `  ${known.reason}`),
  ].join('\n');
}

describe('a corpus of hostile requests generated from the OpenAPI document', () => {
  const operations = readOperations();
  const errorMediaTypes = new Map(operations.map((operation) => [routeName(operation), operation.errorMediaTypes]));
  const errorMediaTypesOf = (hostile: HostileCase): string[] => errorMediaTypes.get(hostile.route) ?? [];
  let running: RunningStack;
  let own: WorkspaceFacts;
  let other: WorkspaceFacts;
  let otherApi: ApiClient;
  let otherWebhookUrl: string;
  let ownCallId: string;
  let otherCallId: string;
  let kendoKeys: KeyPool;
  let kestrelKeys: Record<'own' | 'other', KeyPool>;
  let corpus: HostileCase[];
  const logs = captureLogs();

  beforeAll(async () => {
    running = await startInProcessStack('hostilecorpus', {
      CALLSIGHT_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'info',
    });
    const workspaceB = await running.workspaces.createWorkspace('corpus-other');
    const keyB = (await running.workspaces.createKey(workspaceB.id, 'corpus-other')).key;
    otherApi = running.api.withKey(keyB);
    const jobA = await seedJob(running.api, 'workspace-a-marker');
    const jobB = await seedJob(otherApi, 'workspace-b-marker');
    for (const [api, job] of [
      [running.api, jobA],
      [otherApi, jobB],
    ] as const)
      await waitFor(
        async () => (await api.get<JobView>(`/api/v1/jobs/${job.job_id}`)).body.status === 'completed',
        'the seeded job to complete',
      );
    [ownCallId, otherCallId] = [jobA.call_id, jobB.call_id];
    const booked = await running.api.get<{ pagination: { total: number } }>('/v1/appointments');
    expect(booked.body.pagination.total).toBe(1);
    const runA = await firstRunOf(running.api, jobA.job_id);
    const runB = await firstRunOf(otherApi, jobB.job_id);
    const copyA = await running.api.post<AlgorithmView>('/api/v1/algorithms/talk_ratio/copy', {
      id: 'talk_ratio.workspace-a-marker',
    });
    const copyB = await otherApi.post<AlgorithmView>('/api/v1/algorithms/talk_ratio/copy', {
      id: 'talk_ratio.workspace-b-marker',
    });
    expect([copyA.status, copyB.status]).toEqual([201, 201]);
    const endpointA = await running.api.post<{ id: string }>('/api/v1/webhooks/endpoints', {
      url: 'https://hooks.example.com/workspace-a-marker',
      enabled: false,
    });
    const endpointB = await otherApi.post<{ id: string }>('/api/v1/webhooks/endpoints', {
      url: 'https://hooks.example.com/workspace-b-endpoint-marker',
      enabled: false,
    });
    expect([endpointA.status, endpointB.status]).toEqual([201, 201]);
    otherWebhookUrl = 'http://127.0.0.1:9/hooks/workspace-b-webhook-marker';
    const saved = await otherApi.patch(`/api/v1/config/workspaces/${workspaceB.id}/webhooks`, {
      url: otherWebhookUrl,
      enabled: false,
    });
    expect(saved.status).toBe(200);
    own = {
      workspaceId: running.workspaceId,
      jobId: jobA.job_id,
      algorithmId: copyA.body.id,
      runId: runA,
      endpointId: endpointA.body.id,
      key: running.apiKey,
      sourceCallId: 'call-workspace-a-marker',
      sourceCompanyId: 'company-workspace-a-marker',
    };
    other = {
      workspaceId: workspaceB.id,
      jobId: jobB.job_id,
      algorithmId: copyB.body.id,
      runId: runB,
      endpointId: endpointB.body.id,
      key: keyB,
      sourceCallId: 'call-workspace-b-marker',
      sourceCompanyId: 'company-workspace-b-marker',
    };
    corpus = buildCorpus(operations, own, other, MINIMUM_PER_ROUTE, SEED);
    const count = (matches: (c: HostileCase) => boolean) => corpus.filter(matches).length;
    kendoKeys = await KeyPool.create(
      running,
      own.workspaceId,
      'kendo',
      count((c) => c.route === KENDO && c.as === 'own'),
      KENDO_REQUESTS_PER_KEY,
    );
    kestrelKeys = {
      own: await KeyPool.create(
        running,
        own.workspaceId,
        'kestrel',
        count((c) => isKestrel(c.route) && c.as === 'own'),
        KESTREL_REQUESTS_PER_KEY,
      ),
      other: await KeyPool.create(
        running,
        other.workspaceId,
        'kestrel',
        count((c) => isKestrel(c.route) && c.as === 'other'),
        KESTREL_REQUESTS_PER_KEY,
      ),
    };
  });

  afterAll(async () => {
    await running?.stop();
    logs.restore();
  });

  it('covers every operation in the document', () => {
    const covered = new Set(corpus.map((c) => c.route));
    expect(operations.map(routeName).filter((route) => !covered.has(route))).toEqual([]);
    expect(corpus.length).toBeGreaterThanOrEqual(10_000);
  });

  it(
    'never fails, leaks or changes anything, however hostile the request',
    async () => {
      const ownData = [
        own.workspaceId,
        own.jobId,
        own.runId,
        own.sourceCallId,
        own.sourceCompanyId,
        ownCallId,
        'workspace-a-marker',
      ];
      const otherData = [
        other.workspaceId,
        other.jobId,
        other.runId,
        other.sourceCallId,
        other.sourceCompanyId,
        otherCallId,
        'workspace-b-marker',
      ];
      const markersOf = (c: HostileCase) =>
        c.as === 'own' ? otherData : c.as === 'other' ? ownData : [...ownData, ...otherData];
      const before = [
        await snapshot(running, running.api, own.workspaceId),
        await snapshot(running, otherApi, other.workspaceId),
      ];
      const port = Number(new URL(running.stack.url).port);
      const skipped = corpus.filter((c) => KNOWN_UNFIXED.some((known) => known.matches(c)));
      const toSend = corpus.filter((c) => !skipped.includes(c));
      const withKey = (hostile: HostileCase) => {
        if (hostile.as === 'none') return hostile.request;
        const key = isKestrel(hostile.route)
          ? kestrelKeys[hostile.as].next()
          : hostile.as === 'other'
            ? other.key
            : hostile.route === KENDO
              ? kendoKeys.next()
              : own.key;
        const authorization: [string, string] = ['authorization', `Bearer ${key}`];
        if (hostile.request.rawHead) return hostile.request;
        return { ...hostile.request, headers: [authorization, ...hostile.request.headers] };
      };

      const logsBefore = logs.text().length;
      const outcomes: Outcome[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: POOL }, async () => {
          while (next < toSend.length) {
            const hostile = toSend[next++];
            const response = await sendRaw(port, withKey(hostile), SOCKET_TIMEOUT_MS).catch(
              (error: Error): RawResponse => ({
                status: -1,
                headers: new Map(),
                body: error.message,
                ms: SOCKET_TIMEOUT_MS,
              }),
            );
            outcomes.push({ hostile, response });
          }
        }),
      );
      const logLines = logs.text().slice(logsBefore).split('\n');
      const failures = outcomes
        .map((outcome) => [outcome.hostile.label, violation(outcome, markersOf, errorMediaTypesOf)])
        .filter(([, problem]) => problem !== undefined)
        .map(([label, problem]) => `${label} → ${problem}`);
      console.log(report(outcomes, skipped));
      if (process.env.CORPUS_FAILURES) writeFileSync(process.env.CORPUS_FAILURES, failures.join('\n'));

      expect(failures.slice(0, 50)).toEqual([]);
      expect(outcomes.length).toBeGreaterThanOrEqual(10_000);
      const keys = [own.key, other.key, ...kendoKeys.keys, ...kestrelKeys.own.keys, ...kestrelKeys.other.keys];
      expect(logLines.filter((line) => keys.some((key) => line.includes(key)))).toEqual([]);
      // The log check means something only if the requests were logged.
      expect(logLines.length).toBeGreaterThan(outcomes.length / 2);
      expect(logLines.some((line) => line.includes('[REDACTED]'))).toBe(true);
      expect([
        await snapshot(running, running.api, own.workspaceId),
        await snapshot(running, otherApi, other.workspaceId),
      ]).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    },
    CORPUS_TIMEOUT_MS,
  );
});
