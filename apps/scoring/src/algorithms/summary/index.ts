export { SUMMARY as algorithm } from './summary.algorithm';
