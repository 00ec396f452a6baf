import { Controller, Get, HttpCode, Res, Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@callsight/auth';
import { HEALTH_ROUTES } from './health-routes';
import { HealthService } from './health.service';

/** Probes for orchestrators (liveness, readiness) plus the service's health query over the bus. */
export function createHealthController(service: string, healthSubject: string): Type<unknown> {
  @ApiExcludeController()
  @Public()
  @Controller()
  class ServiceHealthController {
    constructor(private readonly health: HealthService) {}

    @Get(HEALTH_ROUTES.liveness)
    @HttpCode(200)
    live(): { status: 'ok'; service: string } {
      return { status: 'ok', service };
    }

    @Get(HEALTH_ROUTES.readiness)
    async ready(@Res({ passthrough: true }) response: Response): Promise<Record<string, unknown>> {
      const [database, messaging] = await Promise.all([this.health.database(), this.health.messaging()]);
      const ready = database.status === 'ok' && messaging.status === 'ok';
      response.status(ready ? 200 : 503);
      return { status: ready ? 'ok' : 'down', service, database, messaging };
    }

    @MessagePattern(healthSubject)
    query(): Promise<unknown> {
      return this.health.reply(service);
    }
  }
  return ServiceHealthController;
}
