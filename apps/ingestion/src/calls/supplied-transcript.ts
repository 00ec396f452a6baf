import type { ResolvedWorkspaceConfig, SuppliedTranscriptRedaction } from '@callsight/contracts';
import { redactionSetting, redactSegments } from '@callsight/redaction';
import { hasWords, parseSuppliedTranscript } from '@callsight/transcript-formats';

export interface KeptTranscript {
  transcript: string;
  suppliedRedaction: SuppliedTranscriptRedaction | null;
}

/**
 * The supplied transcript as it may be kept and sent on. When the workspace redacts, the raw text must
 * not reach the database or the bus, so it is parsed and redacted here and kept as the redacted
 * segments (a JSON array, a format the transcription stage reads back unchanged). A transcript
 * without words is kept as sent: there is nothing to redact, and transcription reports it empty.
 */
export function keptTranscript(transcript: string, config: ResolvedWorkspaceConfig): KeptTranscript {
  const setting = redactionSetting(config);
  if (!setting) return { transcript, suppliedRedaction: null };
  const parsed = parseSuppliedTranscript(transcript);
  if (!parsed.segments.some((segment) => hasWords(segment.text))) return { transcript, suppliedRedaction: null };
  const { segments, redaction } = redactSegments(parsed.segments, setting);
  return {
    transcript: JSON.stringify(segments),
    suppliedRedaction: redaction && { format: parsed.format, redaction },
  };
}
