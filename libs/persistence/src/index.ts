export * from './service-schema';
export * from './migrate';
export * from './persistence.module';
