export { PII as algorithm } from './pii.algorithm';
