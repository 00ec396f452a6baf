import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newId } from '../ids';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Query parameters that may carry credentials (the Kendo route accepts `?apiKey=`). */
const SECRET_QUERY = /([?&](?:apiKey|api_key|token)=)[^&]*/gi;

export const redactUrl = (url: string | undefined): string | undefined => url?.replace(SECRET_QUERY, '$1[REDACTED]');

function requestId(req: IncomingMessage, res: ServerResponse): string {
  const supplied = req.headers['x-request-id'];
  const id = typeof supplied === 'string' && REQUEST_ID.test(supplied) ? supplied : newId('req');
  res.setHeader('x-request-id', id);
  return id;
}

/** Structured JSON logs, one line per request, with no credentials or bodies in them. */
export function createLoggingModule(service: string, level: string): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level,
      base: { service },
      genReqId: requestId,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/health/ready' },
      redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'], censor: '[REDACTED]' },
      serializers: {
        req: (req: { id: string; method: string; url: string; headers: Record<string, unknown> }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
          headers: req.headers,
        }),
      },
    },
  });
}
