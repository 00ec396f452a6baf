export { TRACKERS as algorithm } from './trackers.algorithm';
