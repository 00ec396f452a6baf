export { SCORECARD as algorithm } from './scorecard.algorithm';
