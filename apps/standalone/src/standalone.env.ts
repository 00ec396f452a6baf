import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

const blankAsUnset = (raw: unknown): number | undefined => (raw === undefined || raw === '' ? undefined : Number(raw));

/** What only the standalone entry reads; each module still validates its own settings. */
export class StandaloneEnv {
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  NATS_URL?: string;

  /** As for the services (BaseEnv): JetStream's ceiling on deliveries of one event, when NATS_URL is set. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(1_000_000)
  CALLSIGHT_JETSTREAM_MAX_DELIVERIES: number = 1_000;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  CALLSIGHT_DATA_DIR: string = '.callsight';

  /** Unset: a free port is picked at each start (the runtime file tells the CLI which). */
  @IsOptional()
  // From the raw text: implicit conversion would already have read "" as 0.
  @Transform(({ obj }: { obj: Record<string, unknown> }) => blankAsUnset(obj.CALLSIGHT_EMBEDDED_PG_PORT))
  @IsInt()
  @Min(1)
  @Max(65535)
  CALLSIGHT_EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @IsString()
  CALLSIGHT_PUBLIC_URL?: string;
}
