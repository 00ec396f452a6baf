import { RedactionConfig, ResolvedWorkspaceConfig, TranscriptRedaction } from '@callsight/contracts';
import { redact, RedactableSegment } from './redact';

/** The workspace's redaction setting (of the job's config version), or null when it does not redact. */
export function redactionSetting(config: ResolvedWorkspaceConfig): RedactionConfig | null {
  const { redaction } = config.algorithms;
  return redaction.enabled && redaction.entities.length > 0 ? redaction : null;
}

/** The segments as they may be stored, announced and analysed: redacted when the workspace asks for it. */
export function redactSegments<S extends RedactableSegment>(
  segments: S[],
  setting: RedactionConfig | null,
): { segments: S[]; redaction: TranscriptRedaction | null } {
  if (!setting) return { segments, redaction: null };
  const redacted = redact(segments, setting.entities);
  return { segments: redacted.segments, redaction: { entities: setting.entities, counts: redacted.counts } };
}
