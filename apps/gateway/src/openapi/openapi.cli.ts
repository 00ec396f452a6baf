import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { runMain } from '@callsight/common/config';
import { GatewayModule } from '../gateway.module';
import { buildOpenApiDocument, serialiseOpenApi } from './openapi-document';

/** Writes openapi.json from the controllers alone (no database or bus is touched in preview mode). */
runMain(async () => {
  const app = await NestFactory.create(GatewayModule.forDocument(), { preview: true, logger: false });
  const target = resolve(process.argv[2] ?? 'openapi.json');
  writeFileSync(target, serialiseOpenApi(buildOpenApiDocument(app)));
  await app.close();
  console.log(`wrote ${target}`);
});
