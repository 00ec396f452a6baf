export * from './health-routes';
export * from './health.service';
export * from './health.controller';
