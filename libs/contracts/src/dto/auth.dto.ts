import { ApiProperty } from '@nestjs/swagger';
import { API_KEY_PLANS, ApiKeyPlan, DEFAULT_API_KEY_PLAN, KESTREL_PLAN_LIMITS_TEXT } from '../api-key-plans';

export const API_KEY_SCOPES = [
  'calls:write',
  'jobs:read',
  'jobs:write',
  'config:read',
  'config:write',
  'stats:read',
  /** Reading secrets again after they were shown once (webhook signing secrets). */
  'admin',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export class WhoAmI {
  @ApiProperty() workspace_id: string;
  @ApiProperty() workspace_name: string;
  @ApiProperty() key_id: string;
  @ApiProperty({ example: 'cs_live_4f9K' }) key_prefix: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes: ApiKeyScope[];
  @ApiProperty({
    enum: API_KEY_PLANS,
    example: DEFAULT_API_KEY_PLAN,
    description: `The KestrelVoice plan of this key, which decides its requests a minute on the KestrelVoice routes (/v1): ${KESTREL_PLAN_LIMITS_TEXT}`,
  })
  plan: ApiKeyPlan;
}
