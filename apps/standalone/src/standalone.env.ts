import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

/** What only the standalone entry reads; each module still validates its own settings. */
export class StandaloneEnv {
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  NATS_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  CALLSIGHT_DATA_DIR: string = '.callsight';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  CALLSIGHT_EMBEDDED_PG_PORT: number = 54329;

  @IsOptional()
  @IsString()
  CALLSIGHT_PUBLIC_URL?: string;
}
