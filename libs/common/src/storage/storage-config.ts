import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateIf } from 'class-validator';
import type { AudioStorage } from './audio-storage';
import { LocalAudioStorage } from './local-audio-storage';
import { S3AudioStorage } from './s3-audio-storage';

/** Storage settings, read by every service that writes or reads audio. Credentials for S3 come from the usual AWS variables. */
export class StorageEnv {
  @IsIn(['local', 's3'])
  CALLSIGHT_STORAGE: 'local' | 's3' = 'local';

  @IsString()
  CALLSIGHT_STORAGE_DIR: string = '.callsight/audio';

  @ValidateIf((env: StorageEnv) => env.CALLSIGHT_STORAGE === 's3')
  @IsString({ message: 'CALLSIGHT_S3_BUCKET is required when CALLSIGHT_STORAGE=s3' })
  CALLSIGHT_S3_BUCKET?: string;

  @IsOptional()
  @IsString()
  CALLSIGHT_S3_ENDPOINT?: string;

  @IsString()
  CALLSIGHT_S3_REGION: string = 'us-east-1';

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  CALLSIGHT_S3_FORCE_PATH_STYLE: boolean = false;

  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(10 * 1024 * 1024 * 1024)
  CALLSIGHT_UPLOAD_MAX_BYTES: number = 200 * 1024 * 1024;
}

export function createAudioStorage(env: StorageEnv): AudioStorage {
  if (env.CALLSIGHT_STORAGE === 'local') return new LocalAudioStorage(env.CALLSIGHT_STORAGE_DIR);
  return S3AudioStorage.create({
    bucket: env.CALLSIGHT_S3_BUCKET as string,
    endpoint: env.CALLSIGHT_S3_ENDPOINT,
    region: env.CALLSIGHT_S3_REGION,
    forcePathStyle: env.CALLSIGHT_S3_FORCE_PATH_STYLE,
  });
}
