export { SENTIMENT as algorithm } from './sentiment.algorithm';
