import { Inject, Injectable } from '@nestjs/common';
import type { SttEngine } from '@callsight/contracts';
import { TRANSCRIPTION_SETTINGS, TranscriptionSettings } from '../transcription.settings';
import { OpenAiCompatibleEngine } from './openai-compatible.engine';
import { PocketSphinxEngine } from './pocketsphinx.engine';
import { SpeechEngine, SpeechEngineUnavailable } from './speech-engine';

/** The engines this deployment has, and which one a workspace gets. */
@Injectable()
export class SpeechEngines {
  private readonly engines: Partial<Record<SttEngine, SpeechEngine>>;

  constructor(@Inject(TRANSCRIPTION_SETTINGS) private readonly settings: TranscriptionSettings) {
    this.engines = {
      pocketsphinx: new PocketSphinxEngine(settings.pocketsphinx),
      ...(settings.openAi ? { openai_compatible: new OpenAiCompatibleEngine(settings.openAi) } : {}),
    };
  }

  choose(requested: SttEngine | null): SpeechEngine {
    const engine = this.engines[requested ?? this.settings.defaultEngine];
    if (engine) return engine;
    throw new SpeechEngineUnavailable(
      `the speech-to-text engine ${requested} is not configured on this deployment (set CALLSIGHT_OPENAI_STT_URL)`,
    );
  }
}
