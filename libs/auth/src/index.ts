export * from './api-key';
export * from './workspace-auth';
export * from './api-key.guard';
