export { OUTCOME as algorithm } from './outcome.algorithm';
