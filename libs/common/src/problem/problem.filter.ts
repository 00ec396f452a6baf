import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, throwError } from 'rxjs';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { DEPENDENCY_OUTAGE, PROBLEM_CONTENT_TYPE, problemFromDomainError, toDomainError } from './problem-details';

const INTERNAL = new DomainError(
  ErrorCodes.internal,
  'Something went wrong on our side; the request id identifies it in our logs',
);

/** When a client may try again after a 503: long enough for a database restart or a NATS reconnect. */
const RETRY_AFTER_SECONDS = 5;

/**
 * The one place errors are rendered and unexpected ones logged: HTTP requests get
 * application/problem+json, NATS requests get the serialized DomainError as their error reply.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() === 'rpc') return this.rpc(exception, host);
    if (host.getType() === 'http') return this.http(exception, host);
    throw exception;
  }

  private rpc(exception: unknown, host: ArgumentsHost): Observable<never> {
    const where = {
      pattern: host.switchToRpc().getContext<{ getSubject?: () => string } | undefined>()?.getSubject?.(),
    };
    const error = toDomainError(exception) ?? this.internal(exception, where);
    if (error === DEPENDENCY_OUTAGE) this.outage(exception, where);
    return throwError(() => error.toJSON());
  }

  private http(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request & { id?: string }>();
    const response = host.switchToHttp().getResponse<Response>();
    const error = toDomainError(exception) ?? this.internal(exception, { requestId: request.id, path: request.path });
    if (error === DEPENDENCY_OUTAGE) this.outage(exception, { requestId: request.id, path: request.path });
    const problem = {
      ...problemFromDomainError(error),
      instance: request.originalUrl?.split('?')[0],
      request_id: request.id,
    };
    if (response.headersSent) return;
    if (problem.status === 503 && !response.getHeader('Retry-After'))
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private outage(exception: unknown, where: Record<string, unknown>): void {
    this.logger.warn({ err: exception, ...where }, 'a dependency is unavailable; answered 503');
  }

  private internal(exception: unknown, where: Record<string, unknown>): DomainError {
    this.logger.error({ err: exception, ...where }, 'unhandled error');
    return INTERNAL;
  }
}
