export { LLM_PROMPT as algorithm } from './llm-prompt.algorithm';
