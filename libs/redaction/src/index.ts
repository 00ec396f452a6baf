export * from './pii-span';
export * from './find-pii';
export * from './redact';
export { luhnValid, ssnValid } from './numbers';
export * from './mask';
export * from './redaction-setting';
