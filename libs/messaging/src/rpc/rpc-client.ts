import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ClientProxy, ClientProxyFactory, Transport } from '@nestjs/microservices';
import { firstValueFrom, timeout, TimeoutError } from 'rxjs';
import { inspect } from 'node:util';
import { DomainError, ErrorCodes, RpcEnvelope, WorkspaceContext } from '@callsight/contracts';

export const RPC_CLIENT = Symbol('RPC_CLIENT');

/** A request/reply client on NATS (`url`: one or more comma-separated nats:// URLs), named for its caller. */
export const natsRpcProxy = (url: string, name: string): ClientProxy =>
  ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: url.split(','), name } });

/** Context for requests made by the system itself (health checks), not on behalf of a workspace. */
export type RequestContext = WorkspaceContext | Pick<WorkspaceContext, 'requestId' | 'traceparent'>;

/** Request/reply to another service; refusals come back as the DomainError the other side threw. */
@Injectable()
export class RpcClient implements OnApplicationShutdown {
  private readonly logger = new Logger(RpcClient.name);

  constructor(@Inject(RPC_CLIENT) private readonly client: ClientProxy) {}

  async request<T>(subject: string, context: RequestContext, data: unknown, timeoutMs = 10_000): Promise<T> {
    const envelope = { context, data } as RpcEnvelope<unknown>;
    try {
      return await firstValueFrom(this.client.send<T>(subject, envelope).pipe(timeout(timeoutMs)));
    } catch (error) {
      if (error instanceof DomainError) throw error;
      if (DomainError.isSerialized(error)) throw DomainError.fromSerialized(error);
      const reason = error instanceof TimeoutError ? `no reply within ${timeoutMs} ms` : describe(error);
      this.logger.warn({ subject, requestId: context.requestId, reason }, 'request to another service failed');
      throw new DomainError(
        ErrorCodes.serviceUnavailable,
        'A service needed for this request is not available; try again shortly',
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

const describe = (error: unknown): string =>
  error instanceof Error
    ? error.message
    : typeof error === 'string'
      ? error
      : typeof error === 'object'
        ? JSON.stringify(error)
        : inspect(error);
