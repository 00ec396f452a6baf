import 'reflect-metadata';
import { StatsRebuildResult, Subjects } from '@callsight/contracts';
import { newId } from '@callsight/common/ids';
import { natsRpcProxy, RpcClient } from '@callsight/messaging';
import { print } from './print';

/** A rebuild of millions of jobs takes minutes; the stats service answers once every workspace is replaced. */
const REBUILD_TIMEOUT_MS = 60 * 60_000;

/**
 * Asks the running stats service, over NATS, to recompute its numbers from ingestion's and scoring's
 * history: the services own their tables, so the CLI only sends the command.
 */
export async function rebuildStats(options: { workspace?: string }): Promise<void> {
  const url = process.env.NATS_URL;
  if (!url) {
    throw new Error(
      'stats rebuild asks the running stats service over NATS: set NATS_URL (and CALLSIGHT_NAMESPACE if the deployment sets one); a standalone process answers it when started with NATS_URL',
    );
  }
  const client = natsRpcProxy(url, 'callsight-cli');
  try {
    const result = await new RpcClient(client).request<StatsRebuildResult>(
      Subjects.stats.rebuild,
      { requestId: newId('req') },
      { workspaceId: options.workspace ?? null },
      REBUILD_TIMEOUT_MS,
    );
    print(result);
  } finally {
    await client.close();
  }
}
