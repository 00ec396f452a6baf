import {
  REDACTION_ENTITIES,
  RedactionConfig,
  RedactionEntity,
  ResolvedWorkspaceConfig,
  TranscriptRedaction,
} from '@callsight/contracts';
import { redact, RedactableSegment } from '@callsight/redaction';

/**
 * The workspace's redaction setting, or null when it does not redact. The `algorithms` section is
 * read defensively: older configs lack it, and its type is not yet part of ResolvedWorkspaceConfig.
 */
export function redactionSetting(config: ResolvedWorkspaceConfig): RedactionConfig | null {
  const section = (config as { algorithms?: { redaction?: Partial<RedactionConfig> } }).algorithms?.redaction;
  if (section?.enabled !== true) return null;
  const asked: readonly RedactionEntity[] = Array.isArray(section.entities) ? section.entities : REDACTION_ENTITIES;
  return { enabled: true, entities: REDACTION_ENTITIES.filter((entity) => asked.includes(entity)) };
}

/** The segments as they are stored, announced and analysed: redacted when the workspace asks for it. */
export function redactSegments<S extends RedactableSegment>(
  segments: S[],
  setting: RedactionConfig | null,
): { segments: S[]; redaction: TranscriptRedaction | null } {
  if (!setting) return { segments, redaction: null };
  const redacted = redact(segments, setting.entities);
  return { segments: redacted.segments, redaction: { entities: setting.entities, counts: redacted.counts } };
}
