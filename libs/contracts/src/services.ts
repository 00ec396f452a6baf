/** The six deployable services and the HTTP port each listens on by default (health, metrics, and the gateway's API). */
export const SERVICE_NAMES = ['gateway', 'ingestion', 'transcription', 'scoring', 'webhook', 'stats'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const DEFAULT_PORTS: Record<ServiceName, number> = {
  gateway: 3000,
  ingestion: 3101,
  transcription: 3102,
  scoring: 3103,
  webhook: 3104,
  stats: 3105,
};
