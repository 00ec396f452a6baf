export * from './problem-details';
export * from './problem.filter';
export * from './validation';
export * from './outage';
