import { DynamicModule, Module } from '@nestjs/common';
import { LLM_SETTINGS, LlmClient, LlmSettings } from './llm-client';

/** The chat-completions client the LLM and aggregate algorithms reach a workspace's model through. */
@Module({})
export class LlmModule {
  static forRoot(settings: LlmSettings): DynamicModule {
    return {
      module: LlmModule,
      providers: [{ provide: LLM_SETTINGS, useValue: settings }, LlmClient],
      exports: [LlmClient],
    };
  }
}
