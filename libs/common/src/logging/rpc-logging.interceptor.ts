import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';

/** One log line per command or query a service answers, with who asked and how long it took. */
@Injectable()
export class RpcLoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Rpc');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const started = performance.now();
    const message = context
      .switchToRpc()
      .getData<{ context?: { workspaceId?: string; requestId?: string; traceparent?: string } } | undefined>();
    const subject =
      context.switchToRpc().getContext<{ getSubject?: () => string } | undefined>()?.getSubject?.() ??
      context.getHandler().name;
    const fields = {
      subject,
      workspaceId: message?.context?.workspaceId,
      requestId: message?.context?.requestId,
      traceparent: message?.context?.traceparent,
    };
    return next.handle().pipe(
      tap({
        next: () =>
          this.logger.log({ ...fields, durationMs: Math.round(performance.now() - started) }, 'request answered'),
        error: (error: unknown) =>
          this.logger.log(
            {
              ...fields,
              durationMs: Math.round(performance.now() - started),
              error: (error as { code?: string })?.code ?? 'error',
            },
            'request refused',
          ),
      }),
    );
  }
}
