import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

export type HealthStatus = 'ok' | 'degraded' | 'down';

export class DependencyHealth {
  @ApiProperty({ enum: ['ok', 'down'] }) status: 'ok' | 'down';
  @ApiProperty({ type: Number, nullable: true }) latency_ms: number | null;
  @ApiPropertyOptional() error?: string;
}

/** What a service answers on `<service>.q.health`. */
export interface ServiceHealthReply {
  service: string;
  database: DependencyHealth;
  uptimeSeconds: number;
  /** What the service needs besides its database (transcription: its speech engine), by name. */
  dependencies?: Record<string, DependencyHealth>;
}

export class ServiceHealth {
  @ApiProperty({
    enum: ['ok', 'degraded', 'down'],
    description: 'degraded: the service answers, but one of its dependencies is down (see dependencies)',
  })
  status: HealthStatus;
  @ApiProperty({ type: Number, nullable: true }) latency_ms: number | null;
  @ApiPropertyOptional() error?: string;
  @ApiPropertyOptional({ type: DependencyHealth }) database?: DependencyHealth;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(DependencyHealth) },
    description:
      "What the service needs besides its database, by name (transcription's speech_engine); a dependency that is down says what is missing and how to install it",
  })
  dependencies?: Record<string, DependencyHealth>;
}

export class HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] }) status: HealthStatus;
  @ApiProperty({ format: 'date-time' }) checked_at: string;
  @ApiProperty({ type: DependencyHealth }) database: DependencyHealth;
  @ApiProperty({ type: DependencyHealth }) messaging: DependencyHealth;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ServiceHealth) },
    description: 'Each service by name (ingestion, transcription, scoring, webhook, stats)',
  })
  services: Record<string, ServiceHealth>;
}
