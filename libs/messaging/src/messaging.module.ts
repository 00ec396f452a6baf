import { DynamicModule, Module, Provider } from '@nestjs/common';
import { MicroserviceOptions, Transport } from '@nestjs/microservices';
import { NAMESPACE, ServiceName } from '@callsight/contracts';
import type { BusConfig } from '@callsight/common/config';
import { BUS_PROBE } from '@callsight/common/health';
import { EVENT_BUS, EventBus } from './events';
import { JetStreamEventBus } from './jetstream/jetstream-event-bus';
import { InProcessEventBus } from './in-process/in-process-event-bus';
import { InProcessRpcClient, InProcessRpcHub, InProcessRpcServer } from './rpc/in-process-rpc';
import { natsRpcProxy, RPC_CLIENT, RpcClient } from './rpc/rpc-client';
import { EventConsumers, Outbox, OUTBOX_OPTIONS } from './outbox';

/** The one bus of the embedded default, shared by every module running in this process. */
const inProcess = { hub: new InProcessRpcHub(), bus: new InProcessEventBus() };

/** Where a service receives its commands and queries: NATS with one queue group per service, or the in-process hub. */
export function rpcServerOptions(bus: BusConfig, service: ServiceName): MicroserviceOptions {
  if (bus.kind === 'in-process') return { strategy: new InProcessRpcServer(inProcess.hub) };
  return {
    transport: Transport.NATS,
    options: { servers: bus.url.split(','), queue: `${NAMESPACE}.${service}`, name: `${service}-rpc` },
  };
}

function eventBusProvider(bus: BusConfig, service: ServiceName): Provider {
  return {
    provide: EVENT_BUS,
    useFactory: async (): Promise<EventBus> =>
      bus.kind === 'nats'
        ? JetStreamEventBus.connect({ servers: bus.url, name: `${service}-events`, maxDeliveries: bus.maxDeliveries })
        : inProcess.bus,
  };
}

function rpcClientProvider(bus: BusConfig, service: ServiceName): Provider {
  return {
    provide: RPC_CLIENT,
    useFactory: () =>
      bus.kind === 'nats' ? natsRpcProxy(bus.url, `${service}-client`) : new InProcessRpcClient(inProcess.hub),
  };
}

/** Closes the JetStream connection on shutdown; the in-process bus lives as long as the process. */
class EventBusLifecycle {
  constructor(private readonly bus: EventBus) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.bus !== inProcess.bus) await this.bus.close();
  }
}

@Module({})
export class MessagingModule {
  static forService(bus: BusConfig, service: ServiceName): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        eventBusProvider(bus, service),
        rpcClientProvider(bus, service),
        RpcClient,
        { provide: OUTBOX_OPTIONS, useValue: { replayOnStart: bus.kind === 'in-process' } },
        Outbox,
        EventConsumers,
        { provide: BUS_PROBE, useExisting: EVENT_BUS },
        {
          provide: EventBusLifecycle,
          useFactory: (eventBus: EventBus) => new EventBusLifecycle(eventBus),
          inject: [EVENT_BUS],
        },
      ],
      exports: [EVENT_BUS, BUS_PROBE, RpcClient, Outbox, EventConsumers],
    };
  }
}
