export { INTERRUPTIONS as algorithm } from './interruptions.algorithm';
