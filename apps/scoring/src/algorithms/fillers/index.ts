export { FILLERS as algorithm } from './fillers.algorithm';
