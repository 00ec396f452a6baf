export { SPEAKING_RATE as algorithm } from './speaking-rate.algorithm';
