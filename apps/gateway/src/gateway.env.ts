import { IsOptional, Matches } from 'class-validator';
import { BaseEnv } from '@callsight/common/config';

export class GatewayEnv extends BaseEnv {
  /** A key that is made to exist, in a workspace named `default`, at start (for scripts and tests). */
  @IsOptional()
  @Matches(/^cs_live_[0-9A-Za-z]{38}$/, { message: 'CALLSIGHT_BOOTSTRAP_API_KEY must be a key made by `npm run cli -- keys generate`' })
  CALLSIGHT_BOOTSTRAP_API_KEY?: string;
}

export interface GatewaySettings {
  bootstrapApiKey: string | null;
}

export const gatewaySettingsFrom = (env: GatewayEnv): GatewaySettings => ({ bootstrapApiKey: env.CALLSIGHT_BOOTSTRAP_API_KEY ?? null });
