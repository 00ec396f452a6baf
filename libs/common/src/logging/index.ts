export * from './logging.module';
export * from './log-redaction';
export * from './rpc-logging.interceptor';
