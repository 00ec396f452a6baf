import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueApiKey } from '@callsight/auth';
import type { WhoAmI } from '@callsight/contracts';
import { startCallsightStack, CallsightStack } from '../../apps/standalone/src/callsight-stack';
import { WorkspacesService } from '../../apps/gateway/src/workspaces/workspaces.service';
import { ApiClient } from './api-client';
import { createTestDatabase, TestDatabase } from './test-database';

export interface RunningStack {
  stack: CallsightStack;
  database: TestDatabase;
  api: ApiClient;
  apiKey: string;
  workspaceId: string;
  workspaces: WorkspacesService;
  storageDir: string;
  stop(): Promise<void>;
}

/** All six modules in the test process on a fresh database and the in-process bus (the embedded default's code path). */
export async function startInProcessStack(label: string, env: Record<string, string> = {}): Promise<RunningStack> {
  const database = await createTestDatabase(label);
  const apiKey = issueApiKey().key;
  const storageDir = mkdtempSync(join(tmpdir(), 'callsight-stack-audio-'));
  const stack = await startCallsightStack({
    databaseUrl: database.url,
    bus: { kind: 'in-process' },
    port: 0,
    env: {
      ...process.env,
      CALLSIGHT_BOOTSTRAP_API_KEY: apiKey,
      CALLSIGHT_EGRESS_ALLOW: '127.0.0.0/8',
      CALLSIGHT_WEBHOOK_RETRY_SCHEDULE: '0.2,0.2',
      CALLSIGHT_WEBHOOK_POLL_MS: '100',
      CALLSIGHT_STORAGE_DIR: storageDir,
      ...env,
    },
  });
  const api = new ApiClient(stack.url, apiKey);
  const workspaceId = (await api.get<WhoAmI>('/api/v1/auth/whoami')).body.workspace_id;
  return {
    stack,
    database,
    api,
    apiKey,
    workspaceId,
    workspaces: stack.gateway.get(WorkspacesService),
    storageDir,
    stop: async () => {
      await stack.close();
      await database.drop();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}
