export * from './messaging-tables';
export * from './outbox';
export * from './event-consumers';
export * from './event-failures';
