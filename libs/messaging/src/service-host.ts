import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { RuntimeConfig } from '@callsight/common/config';
import { createValidationPipe, ProblemDetailsFilter } from '@callsight/common/problem';
import { RpcLoggingInterceptor } from '@callsight/common/logging';
import { createLoggingModule } from '@callsight/common/logging';
import { PersistenceModule, ServiceSchema } from '@callsight/persistence';
import { MessagingModule, rpcServerOptions } from './messaging.module';

export interface ServiceHostOptions {
  /** Called on the app before it starts listening (body parsers, Swagger, …). */
  configure?: (app: INestApplication) => void | Promise<void>;
}

/**
 * Starts one service module the same way everywhere: as its own process with NATS, or as one of
 * the modules of the standalone process with the in-process bus. It serves its commands and
 * queries, its event consumers, and HTTP (probes, or the API for the gateway) when it has a port.
 */
export async function startService(
  root: Type<unknown> | DynamicModule,
  runtime: RuntimeConfig,
  options: ServiceHostOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(root, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new RpcLoggingInterceptor());
  if (runtime.ownsProcess) app.enableShutdownHooks();
  app.disable('x-powered-by');
  await options.configure?.(app);
  app.connectMicroservice(rpcServerOptions(runtime.bus, runtime.service), { inheritAppConfig: true });
  await app.startAllMicroservices();
  if (runtime.httpPort === null) await app.init();
  else await app.listen(runtime.httpPort, process.env.HOST ?? '0.0.0.0');
  return app;
}

/** What every service module imports: its logger, its own schema (migrated), and the bus. */
export function serviceInfrastructure(runtime: RuntimeConfig, owned: ServiceSchema): DynamicModule[] {
  return [
    // Nest's static loggers share one logger per process, so in the standalone process every line is labelled as such.
    createLoggingModule(runtime.ownsProcess ? runtime.service : 'standalone', runtime.logLevel),
    PersistenceModule.forService(runtime.databaseUrl, owned, `callsight-${runtime.service}`),
    MessagingModule.forService(runtime.bus, runtime.service),
  ];
}
