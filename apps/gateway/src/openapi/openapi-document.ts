import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { API_KEY_PREFIX } from '@callsight/auth';
import { configSchemaComponents } from './config-schemas';
import { withNullTypes } from './null-types';
import { WEBHOOK_PAYLOAD_MODELS, WEBHOOKS } from './webhook-events';

const DESCRIPTION = `Callsight analyses calls: submit an audio URL, an audio file or a transcript with metadata; it is
transcribed, analysed by the workspace's algorithms, and the results are delivered, signed, to the
workspace's webhook. Every /api/v1 route needs an API key (\`${API_KEY_PREFIX}…\`), sent as
\`Authorization: Bearer <key>\` or \`x-api-key: <key>\`. Errors are RFC 9457 \`application/problem+json\`.
Results arrive as the webhooks described below.`;

/** package.json says UNLICENSED: no public licence is granted, so the identifier is an SPDX LicenseRef of our own. */
const LICENCE = { name: 'Proprietary', identifier: 'LicenseRef-Callsight-Proprietary' };

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Callsight API')
    .setDescription(DESCRIPTION)
    .setVersion('1.0')
    .addServer('/', 'The Callsight deployment serving this document (`npm start`: http://localhost:3000)')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key as a bearer token' }, 'bearer')
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'An API key in the x-api-key header' },
      'api-key',
    )
    .build();
  const document = SwaggerModule.createDocument(
    app,
    { ...config, info: { ...config.info, license: LICENCE }, webhooks: WEBHOOKS },
    { extraModels: WEBHOOK_PAYLOAD_MODELS },
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...configSchemaComponents() },
  };
  return withNullTypes(document);
}

/** Swagger UI at /docs, the document at /docs-json. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs-json',
    customSiteTitle: 'Callsight API',
  });
}

export const serialiseOpenApi = (document: OpenAPIObject): string => `${JSON.stringify(document, null, 2)}\n`;
