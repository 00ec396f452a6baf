import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';

// Each test file gets its own subject namespace (and so its own JetStream stream), read by
// @callsight/contracts when it is first imported, so runs and files never see each other's messages.
process.env.CALLSIGHT_NAMESPACE = `cstest-${randomBytes(5).toString('hex')}`;

// Tests provoke failures on purpose; their logs are noise unless asked for (TEST_LOGS=1).
if (!process.env.TEST_LOGS) {
  process.env.LOG_LEVEL = 'silent';
  Logger.overrideLogger(false);
}
