import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, throwError } from 'rxjs';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { PROBLEM_CONTENT_TYPE, problemFromDomainError, toDomainError } from './problem-details';

const INTERNAL = new DomainError(
  ErrorCodes.internal,
  'Something went wrong on our side; the request id identifies it in our logs',
);

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
    const error =
      toDomainError(exception) ??
      this.internal(exception, {
        pattern: host.switchToRpc().getContext<{ getSubject?: () => string } | undefined>()?.getSubject?.(),
      });
    return throwError(() => error.toJSON());
  }

  private http(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request & { id?: string }>();
    const response = host.switchToHttp().getResponse<Response>();
    const error = toDomainError(exception) ?? this.internal(exception, { requestId: request.id, path: request.path });
    const problem = {
      ...problemFromDomainError(error),
      instance: request.originalUrl?.split('?')[0],
      request_id: request.id,
    };
    if (response.headersSent) return;
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private internal(exception: unknown, where: Record<string, unknown>): DomainError {
    this.logger.error({ err: exception, ...where }, 'unhandled error');
    return INTERNAL;
  }
}
