export * from './egress-policy';
export * from './guarded-http';
export * from './special-addresses';
