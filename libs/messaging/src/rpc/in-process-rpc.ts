import {
  BaseRpcContext,
  ClientProxy,
  CustomTransportStrategy,
  MsPattern,
  ReadPacket,
  Server,
  WritePacket,
} from '@nestjs/microservices';
import { AsyncResource } from 'node:async_hooks';
import { Observable } from 'rxjs';

type Responder = (packet: WritePacket) => void;
type RouteHandler = (data: unknown, respond: Responder) => void;

/** Serialises like a wire would, so in-process callers see exactly what NATS callers see. */
const overTheWire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/** The routing table shared by every module of one process: pattern → the server that handles it. */
export class InProcessRpcHub {
  private readonly routes = new Map<string, RouteHandler>();

  register(pattern: string, handler: RouteHandler): void {
    if (this.routes.has(pattern)) throw new Error(`Another in-process server already handles ${pattern}`);
    this.routes.set(pattern, handler);
  }

  unregister(pattern: string, handler: RouteHandler): void {
    if (this.routes.get(pattern) === handler) this.routes.delete(pattern);
  }

  dispatch(pattern: string, data: unknown, respond: Responder): void {
    const route = this.routes.get(pattern);
    if (!route) {
      respond({ err: { message: `There are no subscribers listening to ${pattern}` }, isDisposed: true });
      return;
    }
    setImmediate(() => route(overTheWire(data), (packet) => respond(overTheWire(packet))));
  }
}

/** Nest microservice transport over the in-process hub (the embedded default's stand-in for NATS request/reply). */
export class InProcessRpcServer extends Server implements CustomTransportStrategy {
  private readonly registered: Array<[string, RouteHandler]> = [];

  constructor(private readonly hub: InProcessRpcHub) {
    super();
    this.initializeSerializer({});
    this.initializeDeserializer({});
  }

  listen(callback: () => void): void {
    for (const pattern of this.messageHandlers.keys()) {
      // Bound to the server's own context, so a handler logs as its service, not inside the caller's HTTP request (as over NATS).
      const route: RouteHandler = AsyncResource.bind(
        (data: unknown, respond: Responder) => void this.handle(pattern, data, respond),
      );
      this.hub.register(pattern, route);
      this.registered.push([pattern, route]);
    }
    callback();
  }

  close(): void {
    for (const [pattern, route] of this.registered.splice(0)) this.hub.unregister(pattern, route);
  }

  on(): void {
    return undefined;
  }

  unwrap<T>(): T {
    return this.hub as T;
  }

  private async handle(pattern: string, data: unknown, respond: Responder): Promise<void> {
    const handler = this.getHandlerByPattern(pattern);
    if (!handler) return respond({ err: { message: `No handler for ${pattern}` }, isDisposed: true });
    try {
      const result$ = this.transformToObservable(await handler(data, new BaseRpcContext([])));
      this.send(result$ as Observable<unknown>, respond);
    } catch (error) {
      respond({ err: error, isDisposed: true });
    }
  }
}

export class InProcessRpcClient extends ClientProxy {
  constructor(private readonly hub: InProcessRpcHub) {
    super();
  }

  connect(): Promise<void> {
    return Promise.resolve();
  }

  close(): void {
    return undefined;
  }

  unwrap<T>(): T {
    return this.hub as T;
  }

  protected publish(packet: ReadPacket, callback: (packet: WritePacket) => void): () => void {
    let active = true;
    this.hub.dispatch(this.normalizePattern(packet.pattern as MsPattern), packet.data, (reply) => {
      if (active) callback(reply);
    });
    return () => {
      active = false;
    };
  }

  protected dispatchEvent<T = undefined>(packet: ReadPacket): Promise<T> {
    this.hub.dispatch(this.normalizePattern(packet.pattern as MsPattern), packet.data, () => undefined);
    return Promise.resolve(undefined as T);
  }
}
