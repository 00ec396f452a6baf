import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { BaseEnv } from '@callsight/common/config';

export class TranscriptionEnv extends BaseEnv {
  @IsOptional()
  @IsString()
  CALLSIGHT_EGRESS_ALLOW: string = '';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  CALLSIGHT_AUDIO_MAX_BYTES: number = 500 * 1024 * 1024;

  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  CALLSIGHT_AUDIO_DOWNLOAD_TIMEOUT_MS: number = 120_000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 3600)
  CALLSIGHT_AUDIO_MAX_SECONDS: number = 4 * 3600;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3600)
  CALLSIGHT_STT_CHUNK_SECONDS: number = 60;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  CALLSIGHT_STT_CONCURRENCY: number = 2;

  /** Jobs taken at once per replica. Supplied transcripts are cheap, so a transcript-heavy deployment raises it. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(64)
  CALLSIGHT_TRANSCRIPTION_JOBS_AT_ONCE: number = 2;

  @IsIn(['pocketsphinx', 'openai_compatible'])
  CALLSIGHT_STT_DEFAULT_ENGINE: 'pocketsphinx' | 'openai_compatible' = 'pocketsphinx';

  /** The PocketSphinx binary: a name looked up on PATH, or a path. */
  @IsString()
  CALLSIGHT_POCKETSPHINX_BIN: string = 'pocketsphinx_continuous';

  /** Where Debian's pocketsphinx-en-us puts the model; a build from source keeps it under /usr/local/share. */
  @IsString()
  CALLSIGHT_POCKETSPHINX_MODEL_DIR: string = '/usr/share/pocketsphinx/model/en-us';

  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'CALLSIGHT_OPENAI_STT_URL must be an http(s) URL' })
  CALLSIGHT_OPENAI_STT_URL?: string;

  @IsOptional()
  @IsString()
  CALLSIGHT_OPENAI_STT_API_KEY?: string;

  @IsString()
  CALLSIGHT_OPENAI_STT_MODEL: string = 'whisper-1';

  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1000)
  CALLSIGHT_OPENAI_STT_TIMEOUT_MS: number = 600_000;
}

export interface TranscriptionSettings {
  egressAllow: string;
  maxBytes: number;
  downloadTimeoutMs: number;
  maxSeconds: number;
  chunkSeconds: number;
  concurrency: number;
  jobsAtOnce: number;
  defaultEngine: 'pocketsphinx' | 'openai_compatible';
  pocketsphinx: { bin: string; modelDir: string };
  openAi: { baseUrl: string; apiKey: string | null; defaultModel: string; timeoutMs: number } | null;
}
export const TRANSCRIPTION_SETTINGS = Symbol('TRANSCRIPTION_SETTINGS');

export const transcriptionSettingsFrom = (env: TranscriptionEnv): TranscriptionSettings => ({
  egressAllow: env.CALLSIGHT_EGRESS_ALLOW,
  maxBytes: env.CALLSIGHT_AUDIO_MAX_BYTES,
  downloadTimeoutMs: env.CALLSIGHT_AUDIO_DOWNLOAD_TIMEOUT_MS,
  maxSeconds: env.CALLSIGHT_AUDIO_MAX_SECONDS,
  chunkSeconds: env.CALLSIGHT_STT_CHUNK_SECONDS,
  concurrency: env.CALLSIGHT_STT_CONCURRENCY,
  jobsAtOnce: env.CALLSIGHT_TRANSCRIPTION_JOBS_AT_ONCE,
  defaultEngine: env.CALLSIGHT_STT_DEFAULT_ENGINE,
  pocketsphinx: { bin: env.CALLSIGHT_POCKETSPHINX_BIN, modelDir: env.CALLSIGHT_POCKETSPHINX_MODEL_DIR },
  openAi: env.CALLSIGHT_OPENAI_STT_URL
    ? {
        baseUrl: env.CALLSIGHT_OPENAI_STT_URL,
        apiKey: env.CALLSIGHT_OPENAI_STT_API_KEY ?? null,
        defaultModel: env.CALLSIGHT_OPENAI_STT_MODEL,
        timeoutMs: env.CALLSIGHT_OPENAI_STT_TIMEOUT_MS,
      }
    : null,
});
