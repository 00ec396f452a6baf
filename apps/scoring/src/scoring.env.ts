import { IsOptional, IsString } from 'class-validator';
import { BaseEnv } from '@callsight/common/config';
import type { LlmSettings } from './llm/llm-client';

export class ScoringEnv extends BaseEnv {
  /** Non-public destinations (CIDRs, addresses, host names) a workspace's LLM endpoint may be at. */
  @IsOptional()
  @IsString()
  CALLSIGHT_EGRESS_ALLOW: string = '';
}

export interface ScoringSettings {
  llm: LlmSettings;
}

export const scoringSettingsFrom = (env: ScoringEnv): ScoringSettings => ({
  llm: { egressAllow: env.CALLSIGHT_EGRESS_ALLOW },
});
