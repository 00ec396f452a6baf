import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DependencyHealth, ServiceHealthReply } from '@callsight/contracts';

/** Anything that can report a round trip to the message broker. */
export interface BusProbe {
  ping(): Promise<number>;
}
export const BUS_PROBE = Symbol('BUS_PROBE');

const startedAt = Date.now();

async function measure(check: () => Promise<unknown>, timeoutMs: number): Promise<DependencyHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise(
        (_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)),
      ),
    ]);
    return { status: 'ok', latency_ms: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    return { status: 'down', latency_ms: null, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Optional() @Inject(BUS_PROBE) private readonly bus?: BusProbe,
  ) {}

  database(timeoutMs = 2_000): Promise<DependencyHealth> {
    return measure(() => this.dataSource.query('SELECT 1'), timeoutMs);
  }

  messaging(timeoutMs = 2_000): Promise<DependencyHealth> {
    const bus = this.bus;
    if (!bus) return Promise.resolve({ status: 'down', latency_ms: null, error: 'no message bus configured' });
    return measure(() => bus.ping(), timeoutMs);
  }

  async reply(service: string): Promise<ServiceHealthReply> {
    return { service, database: await this.database(), uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) };
  }
}
