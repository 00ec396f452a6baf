export * from './egress-policy';
export * from './guarded-http';
