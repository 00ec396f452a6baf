export * from './events';
export * from './outbox';
export * from './jetstream/jetstream-event-bus';
export * from './in-process/in-process-event-bus';
export * from './rpc/in-process-rpc';
export * from './rpc/rpc-client';
export * from './messaging.module';
export * from './service-host';
