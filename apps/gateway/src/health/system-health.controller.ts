import { Controller, Get } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthReport, SERVICE_NAMES, ServiceHealth, ServiceHealthReply, Subjects } from '@callsight/contracts';
import { HealthService } from '@callsight/common/health';
import { newId } from '@callsight/common/ids';
import { RpcClient } from '@callsight/messaging';
import { ApiProblems } from '../openapi/api-errors.decorator';

const HEALTH_SUBJECTS = {
  ingestion: Subjects.ingestion.health,
  transcription: Subjects.transcription.health,
  scoring: Subjects.scoring.health,
  webhook: Subjects.webhook.health,
  stats: Subjects.stats.health,
} as const;

const TIMEOUT_MS = 2_000;

@ApiTags('Health')
@Controller('api/v1/health')
export class SystemHealthController {
  constructor(
    private readonly health: HealthService,
    private readonly rpc: RpcClient,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getSystemHealth',
    summary: 'Detailed health: database, message bus and every service, with latencies',
  })
  @ApiExtraModels(ServiceHealth)
  @ApiOkResponse({ type: HealthReport })
  @ApiProblems()
  async report(): Promise<HealthReport> {
    const names = SERVICE_NAMES.filter((name): name is keyof typeof HEALTH_SUBJECTS => name in HEALTH_SUBJECTS);
    const [database, messaging, ...services] = await Promise.all([
      this.health.database(),
      this.health.messaging(),
      ...names.map((name) => this.probe(HEALTH_SUBJECTS[name])),
    ]);
    const down =
      [database, messaging, ...services].filter((part) => part.status !== 'ok').length +
      services.filter((service) => service.database?.status === 'down').length;
    return {
      status: down === 0 ? 'ok' : database.status === 'down' ? 'down' : 'degraded',
      checked_at: new Date().toISOString(),
      database,
      messaging,
      services: Object.fromEntries(names.map((name, index) => [name, services[index]])),
    };
  }

  private async probe(subject: string): Promise<ServiceHealth> {
    const started = performance.now();
    try {
      const reply = await this.rpc.request<ServiceHealthReply>(subject, { requestId: newId('req') }, {}, TIMEOUT_MS);
      // A service that answers but lacks something of its own (transcription's speech engine) still takes other work.
      const lacking = Object.values(reply.dependencies ?? {}).some((dependency) => dependency.status !== 'ok');
      return {
        status: lacking ? 'degraded' : 'ok',
        latency_ms: Math.round((performance.now() - started) * 100) / 100,
        database: reply.database,
        ...(reply.dependencies ? { dependencies: reply.dependencies } : {}),
      };
    } catch (error) {
      return { status: 'down', latency_ms: null, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
