import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { RuntimeConfig } from '@callsight/common/config';
import { assignRequestId } from '@callsight/common/logging';
import { startService } from '@callsight/messaging';
import { GatewayModule } from './gateway.module';
import type { GatewaySettings } from './gateway.env';
import { answerUnreadableRequests, refuseUnreadableHeaders } from './http/client-errors';
import { explainBodyParseError, requireJsonBody, verifyJsonBody } from './http/json-body.middleware';
import { rejectUnstorableInput, safeJsonReviver } from './http/safe-json';
import { securityHeaders } from './http/security-headers';
import { serveOpenApi } from './openapi/openapi-document';

/** The largest JSON body any route accepts (the Kendo Push API's documented 5 MB). */
export const JSON_BODY_LIMIT = '5mb';

export function configureGatewayHttp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback');
  answerUnreadableRequests(express.getHttpServer());
  // First, so every response (problem responses from the middlewares below included) carries them.
  express.use(...securityHeaders);
  express.use(assignRequestId);
  express.use(refuseUnreadableHeaders);
  express.use(rejectUnstorableInput);
  express.use(requireJsonBody);
  express.useBodyParser('json', {
    limit: JSON_BODY_LIMIT,
    type: ['application/json', 'application/*+json'],
    reviver: safeJsonReviver,
    verify: verifyJsonBody,
  });
  express.use(explainBodyParseError);
  serveOpenApi(app);
}

export function startGateway(runtime: RuntimeConfig, settings: GatewaySettings): Promise<INestApplication> {
  return startService(GatewayModule.forRoot(runtime, settings), runtime, { configure: configureGatewayHttp });
}
