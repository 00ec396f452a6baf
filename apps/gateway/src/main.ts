import 'reflect-metadata';
import { DEFAULT_PORTS } from '@callsight/contracts';
import { loadEnv, processRuntime, runMain } from '@callsight/common/config';
import { StorageEnv } from '@callsight/common/storage';
import { GatewayEnv, gatewaySettingsFrom } from './gateway.env';
import { startGateway } from './gateway.app';

runMain(async () => {
  const env = loadEnv(GatewayEnv);
  await startGateway(
    processRuntime('gateway', env, DEFAULT_PORTS.gateway),
    gatewaySettingsFrom(env, loadEnv(StorageEnv)),
  );
});
