import { Client } from 'pg';
import type {
  WebhookEndpointCreated,
  WebhookEndpointList,
  WebhookEndpointSecret,
  WebhookEndpointView,
  WebhookSecretRotated,
} from '@callsight/contracts';
import { ApiClient } from '../support/api-client';
import { RunningStack, startInProcessStack } from '../support/in-process-stack';

const ENDPOINTS = '/api/v1/webhooks/endpoints';

interface Problem {
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

describe('webhook endpoints API', () => {
  let running: RunningStack;
  let db: Client;
  let other: ApiClient;
  let readOnly: ApiClient;

  beforeAll(async () => {
    running = await startInProcessStack('endpoints');
    db = new Client({ connectionString: running.database.url });
    await db.connect();
    const workspace = await running.workspaces.createWorkspace('endpoints-other');
    other = new ApiClient(running.api.baseUrl, (await running.workspaces.createKey(workspace.id, 'other')).key);
    const scoped = await running.workspaces.createKey(running.workspaceId, 'no-admin', ['config:read', 'config:write']);
    readOnly = new ApiClient(running.api.baseUrl, scoped.key);
  });

  afterAll(async () => {
    await db?.end();
    await running?.stop();
  });

  const create = (body: Record<string, unknown>, api = running.api) =>
    api.post<WebhookEndpointCreated & Problem>(ENDPOINTS, body);
  const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((error) => error.field);

  it('creates an endpoint, shows its secret once, and keeps secret and credentials sealed', async () => {
    const created = await create({
      url: 'https://hooks.example.com/callsight',
      description: 'CRM',
      event_types: ['job.completed'],
      headers: { 'X-Tenant': 'acme' },
      credentials: { type: 'bearer', token: 'tok_very_secret_value' },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.body).toMatchObject({
      url: 'https://hooks.example.com/callsight',
      format: 'native',
      event_types: ['job.completed'],
      enabled: true,
      https_only: false,
      headers: { 'X-Tenant': 'acme' },
      credentials: { type: 'bearer', header_name: null },
      previous_secret_expires_at: null,
    });

    const read = await running.api.get<WebhookEndpointView>(`${ENDPOINTS}/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.text).not.toContain(created.body.secret);
    expect(read.text).not.toContain('tok_very_secret_value');
    const listed = await running.api.get<WebhookEndpointList>(ENDPOINTS);
    expect(listed.body.data.map((endpoint) => endpoint.id)).toContain(created.body.id);

    const row = await db.query('SELECT * FROM webhook.endpoints WHERE id = $1', [created.body.id]);
    const stored = JSON.stringify(row.rows);
    expect(stored).not.toContain(created.body.secret.slice('whsec_'.length, 20));
    expect(stored).not.toContain('tok_very_secret_value');
  });

  it('turns a user:password@ URL into basic credentials and never echoes them', async () => {
    const created = await create({ url: 'https://user:p%40ss@hooks.example.com/in' });
    expect(created.status).toBe(201);
    expect(created.body.url).toBe('https://hooks.example.com/in');
    expect(created.body.credentials).toEqual({ type: 'basic', header_name: null });
    expect(created.text).not.toContain('p%40ss');
    expect(created.text).not.toContain('p@ss');
  });

  it.each([
    [{ url: 'http://hooks.example.com/k', format: 'kridtech' }, ['url']],
    [{ url: 'http://hooks.example.com/h', https_only: true }, ['url']],
    [{ url: 'https://hooks.example.com/e', format: 'kridtech', event_types: ['appointment.booked'] }, ['event_types']],
    [{ url: 'https://hooks.example.com/h', headers: { Authorization: 'Bearer x' } }, ['headers.Authorization']],
    [{ url: 'https://hooks.example.com/h', headers: { 'X-Ok': 'a\r\nInjected: yes' } }, ['headers.X-Ok']],
    [
      { url: 'https://hooks.example.com/c', credentials: { type: 'basic', username: 'only' } },
      ['credentials.password'],
    ],
    [
      { url: 'https://hooks.example.com/c', credentials: { type: 'bearer', token: 't', password: 'p' } },
      ['credentials.password'],
    ],
    [{ url: 'ftp://hooks.example.com/x' }, ['url']],
    [{ url: 'https://hooks.example.com/c', credentials: [] }, ['credentials']],
    [{ url: 'https://10.0.0.1/private' }, ['url']],
  ])('refuses %j naming %j, and creates nothing', async (body, fields) => {
    const before = (await running.api.get<WebhookEndpointList>(ENDPOINTS)).body.data.length;
    const refused = await create(body);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(fieldsOf(refused.body)).toEqual(fields);
    expect((await running.api.get<WebhookEndpointList>(ENDPOINTS)).body.data).toHaveLength(before);
  });

  it('updates fields, replaces and removes credentials, and re-checks the rules', async () => {
    const { body: endpoint } = await create({ url: 'https://hooks.example.com/u' });
    const changed = await running.api.patch<WebhookEndpointView>(`${ENDPOINTS}/${endpoint.id}`, {
      description: 'renamed',
      enabled: false,
      credentials: { type: 'header', header_name: 'X-Api-Key', header_value: 'k-123' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      url: 'https://hooks.example.com/u',
      description: 'renamed',
      enabled: false,
      credentials: { type: 'header', header_name: 'X-Api-Key' },
    });
    expect(changed.text).not.toContain('k-123');
    const refused = await running.api.patch<Problem>(`${ENDPOINTS}/${endpoint.id}`, {
      format: 'kridtech',
      url: 'http://hooks.example.com/u',
    });
    expect(refused.status).toBe(400);
    const removed = await running.api.patch<WebhookEndpointView>(`${ENDPOINTS}/${endpoint.id}`, { credentials: null });
    expect(removed.body.credentials).toEqual({ type: 'none', header_name: null });
    expect(removed.body.description).toBe('renamed');
  });

  it('rotates the secret: shown once, the old one kept for 24 hours, readable again by admin keys only', async () => {
    const { body: endpoint } = await create({ url: 'https://hooks.example.com/r' });
    const rotated = await running.api.post<WebhookSecretRotated>(`${ENDPOINTS}/${endpoint.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(endpoint.secret);
    const overlapHours = (Date.parse(rotated.body.previous_secret_expires_at) - Date.now()) / 3_600_000;
    expect(overlapHours).toBeGreaterThan(23.9);
    expect(overlapHours).toBeLessThanOrEqual(24);
    const view = await running.api.get<WebhookEndpointView>(`${ENDPOINTS}/${endpoint.id}`);
    expect(view.body.previous_secret_expires_at).toBe(rotated.body.previous_secret_expires_at);

    const revealed = await running.api.get<WebhookEndpointSecret>(`${ENDPOINTS}/${endpoint.id}/secret`);
    expect(revealed.body.secret).toBe(rotated.body.secret);
    expect((await readOnly.get(`${ENDPOINTS}/${endpoint.id}/secret`)).status).toBe(403);
  });

  it('takes many changes of one endpoint at once, more than the connection pool, without stalling', async () => {
    const { body: endpoint } = await create({ url: 'https://hooks.example.com/busy' });
    const path = `${ENDPOINTS}/${endpoint.id}`;
    const answers = await Promise.all([
      ...Array.from({ length: 15 }, () => running.api.post<WebhookSecretRotated>(`${path}/rotate-secret`)),
      ...Array.from({ length: 15 }, (_, n) => running.api.patch<WebhookEndpointView>(path, { description: `n${n}` })),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(Array<number>(30).fill(200));
    const secrets = answers.slice(0, 15).map((answer) => (answer.body as WebhookSecretRotated).secret);
    expect(new Set(secrets).size).toBe(15);
    const revealed = (await running.api.get<WebhookEndpointSecret>(`${path}/secret`)).body.secret;
    expect(secrets).toContain(revealed);
  });

  it("never shows, changes or deletes another workspace's endpoint", async () => {
    const { body: endpoint } = await create({ url: 'https://hooks.example.com/mine' });
    const path = `${ENDPOINTS}/${endpoint.id}`;
    expect((await other.get(path)).status).toBe(404);
    expect((await other.get(`${path}/secret`)).status).toBe(404);
    expect((await other.patch(path, { enabled: false })).status).toBe(404);
    expect((await other.post(`${path}/rotate-secret`)).status).toBe(404);
    expect((await other.request('DELETE', path)).status).toBe(404);
    expect((await other.get<WebhookEndpointList>(ENDPOINTS)).body.data).toEqual([]);
    expect((await running.api.get<WebhookEndpointView>(path)).body.enabled).toBe(true);
  });

  it('deletes an endpoint', async () => {
    const { body: endpoint } = await create({ url: 'https://hooks.example.com/d' });
    expect((await running.api.request('DELETE', `${ENDPOINTS}/${endpoint.id}`)).status).toBe(204);
    expect((await running.api.get(`${ENDPOINTS}/${endpoint.id}`)).status).toBe(404);
    expect((await running.api.request('DELETE', `${ENDPOINTS}/${endpoint.id}`)).status).toBe(404);
  });

  it('keeps a workspace to 20 endpoints', async () => {
    const workspace = await running.workspaces.createWorkspace('endpoints-many');
    const api = new ApiClient(running.api.baseUrl, (await running.workspaces.createKey(workspace.id, 'many')).key);
    for (let index = 0; index < 20; index += 1)
      expect((await create({ url: `https://hooks.example.com/${index}` }, api)).status).toBe(201);
    const refused = await create({ url: 'https://hooks.example.com/21' }, api);
    expect(refused.status).toBe(409);
  });
});
