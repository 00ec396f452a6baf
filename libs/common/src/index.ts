export * from './ids';
export * from './config';
export * from './problem';
export * from './logging';
export * from './health';
export * from './egress';
