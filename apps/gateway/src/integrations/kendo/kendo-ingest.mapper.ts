import { DomainError, ErrorCodes, KendoIngestRequest, SubmitCallCommand, TitleSource } from '@callsight/contracts';
import { normaliseDurationSeconds } from './kendo-duration';

const SNAKE_TO_CAMEL: Record<string, keyof KendoIngestRequest> = {
  rep_name: 'repName',
  rep_email: 'repEmail',
  call_title: 'callTitle',
  disable_ai_title_generation: 'disableAiTitleGeneration',
  use_ai_call_title: 'useAiCallTitle',
  call_date: 'callDate',
  audio_url: 'audioUrl',
  api_key: 'apiKey',
};

/** Reads snake_case fields as their camelCase twins; the same field sent both ways with different values is refused. */
export function camelCaseBody(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError(ErrorCodes.validationFailed, 'The body must be a JSON object', [
      { field: 'body', message: 'must be a JSON object' },
    ]);
  }
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const [snake, camel] of Object.entries(SNAKE_TO_CAMEL)) {
    if (!(snake in out)) continue;
    if (camel in out && JSON.stringify(out[camel]) !== JSON.stringify(out[snake])) {
      throw new DomainError(
        ErrorCodes.validationFailed,
        `${camel} and ${snake} were both sent, with different values`,
        [{ field: camel, message: `conflicts with ${snake}` }],
      );
    }
    out[camel] = out[snake];
    delete out[snake];
  }
  return out;
}

/** Kendo's title-selection rules: an explicit preference for the provided title, or none (the generated-title flow). */
function titleSource(body: KendoIngestRequest): TitleSource | undefined {
  const { disableAiTitleGeneration: disable, useAiCallTitle: useAi } = body;
  if (disable !== undefined && useAi !== undefined && disable === useAi) {
    throw new DomainError(
      ErrorCodes.validationFailed,
      'disableAiTitleGeneration and useAiCallTitle contradict each other',
      [{ field: 'useAiCallTitle', message: 'must be the inverse of disableAiTitleGeneration' }],
    );
  }
  if (disable === true || useAi === false) return 'provided';
  if (disable === false || useAi === true) return 'generated';
  return undefined;
}

export interface KendoSubmission {
  command: SubmitCallCommand;
  statusReason: string;
}

/** Maps a validated Kendo body to a submission: audio first when both are sent (the inline transcript is then not kept). */
export function toSubmission(body: KendoIngestRequest): KendoSubmission {
  const duration = body.duration === undefined ? undefined : normaliseDurationSeconds(body.duration);
  if (duration === null || (duration !== undefined && duration > 86_400)) {
    throw new DomainError(
      ErrorCodes.validationFailed,
      'duration must be a length of at most a day in minutes, seconds or milliseconds',
      [{ field: 'duration', message: 'is not a duration this API understands' }],
    );
  }
  const source = body.audioUrl ? 'audio_url' : 'transcript';
  const titles = titleSource(body);
  const command: SubmitCallCommand = {
    source,
    ...(source === 'audio_url' ? { audio_url: body.audioUrl } : { transcript: body.transcript }),
    ...(body.repName !== undefined ? { rep_name: body.repName } : {}),
    ...(body.repEmail !== undefined ? { rep_email: body.repEmail } : {}),
    ...(body.callTitle ? { title: body.callTitle } : {}),
    ...(titles ? { title_source: titles } : {}),
    ...(body.callDate !== undefined ? { call_date: body.callDate } : {}),
    ...(duration !== undefined ? { duration_seconds: duration } : {}),
    ...(body.metadata !== undefined ? { metadata: body.metadata } : {}),
  };
  const reasons = [
    source === 'audio_url' ? 'queued for audio transcription and analysis' : 'queued for transcript analysis',
  ];
  if (source === 'audio_url' && typeof body.transcript === 'string' && body.transcript.trim())
    reasons.push('the inline transcript was not kept because audio takes priority');
  if (titles === 'provided' && !body.callTitle)
    reasons.push('AI title generation is disabled but no callTitle was sent, so the call has no title');
  return { command, statusReason: reasons.join('; ') };
}
