import type { ServiceSchema } from '@callsight/persistence';
import { GATEWAY_SCHEMA } from '../../gateway/src/gateway.module';
import { INGESTION_SCHEMA } from '../../ingestion/src/ingestion.schema';
import { TRANSCRIPTION_SCHEMA } from '../../transcription/src/transcription.module';
import { SCORING_SCHEMA } from '../../scoring/src/scoring.module';
import { WEBHOOK_SCHEMA } from '../../webhook/src/webhook.module';
import { STATS_SCHEMA } from '../../stats/src/stats.module';

/** Every service's schema, in the order the services start. */
export const SERVICE_SCHEMAS: ServiceSchema[] = [
  GATEWAY_SCHEMA,
  INGESTION_SCHEMA,
  TRANSCRIPTION_SCHEMA,
  SCORING_SCHEMA,
  WEBHOOK_SCHEMA,
  STATS_SCHEMA,
];
