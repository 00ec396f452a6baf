export { MISSED_CALL as algorithm } from './missed-call.algorithm';
