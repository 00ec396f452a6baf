import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newId } from '../ids';
import { serializeError, serializeRequest, serializeResponse } from './log-redaction';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

type WithId = { id?: unknown; headers: IncomingMessage['headers'] };

/** The caller's x-request-id when it is sane, else a new one; echoed on the response. */
function requestId(req: WithId, res: ServerResponse): string {
  if (typeof req.id === 'string') return req.id;
  const supplied = req.headers['x-request-id'];
  const id = typeof supplied === 'string' && REQUEST_ID.test(supplied) ? supplied : newId('req');
  req.id = id;
  res.setHeader('x-request-id', id);
  return id;
}

/** Express middleware to run first, so even requests refused by body parsing carry a request id. */
export function assignRequestId(req: WithId, res: ServerResponse, next: () => void): void {
  requestId(req, res);
  next();
}

/** Structured JSON logs, one line per request, with no credentials or bodies in them. */
export function createLoggingModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { service },
      genReqId: requestId,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/health/ready' },
      serializers: { req: serializeRequest, res: serializeResponse, err: serializeError },
    },
  });
}
