export { EMERGENCY as algorithm } from './emergency.algorithm';
