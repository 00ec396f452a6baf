import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DependencyHealth, ServiceHealthReply } from '@callsight/contracts';

/** Anything that can report a round trip to the message broker. */
export interface BusProbe {
  ping(): Promise<number>;
}
export const BUS_PROBE = Symbol('BUS_PROBE');

/** A dependency a service needs besides its database and bus, reported by name in its health reply. */
export interface DependencyCheck {
  readonly name: string;
  check(): Promise<DependencyHealth>;
}
export const DEPENDENCY_CHECKS = Symbol('DEPENDENCY_CHECKS');

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
    @Optional() @Inject(DEPENDENCY_CHECKS) private readonly checks: DependencyCheck[] = [],
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
    const [database, ...dependencies] = await Promise.all([
      this.database(),
      ...this.checks.map((dependency) => dependency.check()),
    ]);
    return {
      service,
      database,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      ...(this.checks.length > 0
        ? {
            dependencies: Object.fromEntries(
              this.checks.map((dependency, index) => [dependency.name, dependencies[index]]),
            ),
          }
        : {}),
    };
  }
}
