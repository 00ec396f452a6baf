export { QUESTIONS as algorithm } from './questions.algorithm';
