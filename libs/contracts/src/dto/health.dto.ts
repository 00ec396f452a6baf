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
}

export class ServiceHealth extends DependencyHealth {
  @ApiPropertyOptional({ type: DependencyHealth }) database?: DependencyHealth;
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
