export * from './logging.module';
export * from './rpc-logging.interceptor';
