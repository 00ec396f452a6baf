import { connect } from 'nats';
import { TEST_NATS_URL } from './environment';

/** Deletes a test run's JetStream stream (and with it its consumers). */
export async function deleteStream(stream: string): Promise<void> {
  const nc = await connect({ servers: TEST_NATS_URL });
  try {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(stream).catch(() => undefined);
  } finally {
    await nc.close();
  }
}
