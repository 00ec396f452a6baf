import { setTimeout as sleep } from 'node:timers/promises';
import type { ServiceName } from '@callsight/contracts';
import type { PrivateNats, PrivatePostgres } from '../support/private-services';
import type { ServiceProcess } from '../support/service-processes';
import type { WebhookReceiver } from '../support/webhook-receiver';

/** Six Node processes booting at once on two busy cores can take a while. */
export const BOOT_TIMEOUT_MS = 120_000;

export interface FaultTargets {
  services: Record<ServiceName, ServiceProcess>;
  nats: PrivateNats;
  postgres: PrivatePostgres;
  receiver: WebhookReceiver;
}

/** What was done when, from the start of the run: printed with the counts, so a failure can be placed. */
export class FaultLog {
  readonly lines: string[] = [];
  private readonly startedAt = Date.now();

  push(what: string): void {
    this.lines.push(`${((Date.now() - this.startedAt) / 1000).toFixed(1).padStart(6)} s  ${what}`);
    process.stderr.write(`${this.lines[this.lines.length - 1]}\n`);
  }
}

/** SIGKILLs services (a crash: no shutdown hooks, claims and messages left in flight) and starts them again. */
async function crash(targets: FaultTargets, log: FaultLog, names: ServiceName[], downMs: number): Promise<void> {
  log.push(`SIGKILL ${names.join(', ')}`);
  await Promise.all(names.map((name) => targets.services[name].stop('SIGKILL')));
  await sleep(downMs);
  for (const name of names) targets.services[name].start();
  await Promise.all(names.map((name) => targets.services[name].waitReady(BOOT_TIMEOUT_MS)));
}

async function restartNats(targets: FaultTargets, log: FaultLog, downMs: number): Promise<void> {
  log.push('restart NATS');
  await targets.nats.stop();
  await sleep(downMs);
  await targets.nats.start();
}

async function restartPostgres(targets: FaultTargets, log: FaultLog, downMs: number): Promise<void> {
  log.push('restart PostgreSQL');
  targets.postgres.stop();
  await sleep(downMs);
  await targets.postgres.start();
}

async function failReceiver(targets: FaultTargets, log: FaultLog, mode: 503 | 'refuse', forMs: number): Promise<void> {
  log.push(mode === 'refuse' ? 'webhook receiver refuses connections' : 'webhook receiver answers 503');
  if (mode === 'refuse') await targets.receiver.refuse();
  else targets.receiver.failWith(mode);
  await sleep(forMs);
  await targets.receiver.recover();
}

/**
 * One round: half the services crash at once (the other half in the next round, so two rounds crash every
 * service), NATS or PostgreSQL restarts while the receiver fails (503s, or refused connections), and the
 * crashed services come back only once PostgreSQL and NATS are up (a service that cannot reach them at boot
 * exits, by design).
 */
export async function faultRound(targets: FaultTargets, log: FaultLog, round: number): Promise<void> {
  const odd = round % 2 === 1;
  await crash(targets, log, odd ? ['ingestion', 'scoring', 'stats'] : ['transcription', 'webhook', 'gateway'], 300);
  await Promise.all([
    failReceiver(targets, log, odd ? 503 : 'refuse', 3_000),
    odd ? restartNats(targets, log, 1_000) : restartPostgres(targets, log, 1_000),
  ]);
  await sleep(1_000);
}
