import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { ServiceName } from '@callsight/contracts';

/** On NATS, `maxDeliveries` is JetStream's ceiling on deliveries of one event (see JetStreamOptions). */
export type BusConfig = { kind: 'nats'; url: string; maxDeliveries?: number } | { kind: 'in-process' };

/** How one service module runs: where its database and bus are, and whether it serves HTTP itself. */
export interface RuntimeConfig {
  service: ServiceName;
  databaseUrl: string;
  bus: BusConfig;
  /** null when the module runs inside the standalone process and only the gateway listens. */
  httpPort: number | null;
  logLevel: string;
  /**
   * True when the module is the only one in its process and so closes itself on SIGTERM/SIGINT.
   * The standalone process has six modules and shuts them down itself, in order, once.
   */
  ownsProcess: boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Environment shared by every service process. */
export class BaseEnv {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  /** Required when a service runs as its own process; the standalone process uses its in-process bus without it. */
  @IsOptional()
  @Matches(/^(nats|tls):\/\/[^,\s]+(,(nats|tls):\/\/[^,\s]+)*$/, {
    message: 'NATS_URL must be one or more comma-separated nats:// URLs',
  })
  NATS_URL?: string;

  /**
   * How many times JetStream delivers one event before giving it up to the dead letter. Far above any retry
   * budget: it only stops an event that crashes its process, or meets an outage, on every delivery.
   */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  CALLSIGHT_JETSTREAM_MAX_DELIVERIES: number = 1_000;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: string = 'info';

  // The three below are read where they are used (the data source, the HTTP listener, Express); they are declared here so a bad value stops the start.
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE?: number;

  @IsOptional()
  @Matches(/^[0-9A-Za-z.:-]+$/, { message: 'HOST must be an address or host name to listen on' })
  HOST?: string;

  @IsOptional()
  @Matches(/^[^\s]+$/, {
    message: 'TRUST_PROXY must be an Express trust proxy value (loopback, a number, or comma-separated addresses)',
  })
  TRUST_PROXY?: string;
}

/** The runtime of a service running as its own process, from its validated environment. */
export function processRuntime(service: ServiceName, env: BaseEnv, defaultPort: number): RuntimeConfig {
  if (!env.NATS_URL)
    throw new Error(
      `Invalid configuration:\n  - NATS_URL: required when ${service} runs as its own process (npm start runs everything in one process without it)`,
    );
  return {
    service,
    databaseUrl: env.DATABASE_URL,
    bus: { kind: 'nats', url: env.NATS_URL, maxDeliveries: env.CALLSIGHT_JETSTREAM_MAX_DELIVERIES },
    httpPort: env.PORT ?? defaultPort,
    logLevel: env.LOG_LEVEL,
    ownsProcess: true,
  };
}

/** Runs a process entry point; a failure to start prints its message (not a stack) and exits non-zero. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
