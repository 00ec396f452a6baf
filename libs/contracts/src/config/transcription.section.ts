export const STT_ENGINES = ['pocketsphinx', 'openai_compatible'] as const;
export type SttEngine = (typeof STT_ENGINES)[number];

export const transcriptionSchema = {
  title: 'Transcription',
  description: 'How audio calls are turned into text',
  type: 'object',
  additionalProperties: false,
  required: ['engine', 'model', 'language', 'prompt', 'stereo_speakers'],
  properties: {
    engine: {
      description: 'Speech-to-text engine; null for the deployment default',
      enum: [...STT_ENGINES, null],
      default: null,
    },
    model: {
      description: 'Model name for the OpenAI-compatible engine (e.g. whisper-1, Systran/faster-whisper-small)',
      type: ['string', 'null'],
      minLength: 1,
      maxLength: 200,
      default: null,
    },
    language: {
      description: "Language of the calls (BCP 47, e.g. en or en-US); a call's own language wins",
      type: ['string', 'null'],
      pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$',
      maxLength: 64,
      default: null,
    },
    prompt: {
      description: 'Vocabulary hint for engines that take one (names, products)',
      type: ['string', 'null'],
      maxLength: 1000,
      default: null,
    },
    stereo_speakers: {
      description: 'Speaker names of the left and right channel of stereo calls',
      type: 'array',
      minItems: 2,
      maxItems: 2,
      items: { type: 'string', minLength: 1, maxLength: 48 },
      default: ['Agent', 'Customer'],
    },
  },
  examples: [{ engine: 'openai_compatible', model: 'whisper-1', language: 'en' }],
} as const;

export interface TranscriptionConfig {
  engine: SttEngine | null;
  model: string | null;
  language: string | null;
  prompt: string | null;
  stereo_speakers: string[];
}
