export { TALK_RATIO as algorithm } from './talk-ratio.algorithm';
