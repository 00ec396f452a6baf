export * from './event-bus';
export * from './retry-budget';
