import type { Response } from 'express';
import {
  DomainError,
  ErrorCodes,
  SubmissionAccepted,
  SubmitCallCommand,
  SubmitCallReply,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { derivedId, newId } from '@callsight/common/ids';
import { RpcClient } from '@callsight/messaging';

/**
 * Sends a submission to ingestion and marks a replayed Idempotency-Key response as such.
 * The gateway names the job and call itself, so a lost reply is no mystery: the same command is sent
 * once more (ingestion answers an existing job_id with that job), and a 503 that remains carries the
 * job_id, because the first attempt may still commit after the answer. `sealFor` adds what is sealed
 * for that job (a submission's webhook auth header).
 */
export async function submitCall(
  rpc: RpcClient,
  context: WorkspaceContext,
  command: SubmitCallCommand,
  response: Response,
  timeoutMs: number,
  sealFor: (jobId: string) => Pick<SubmitCallCommand, 'webhook_auth'> = () => ({}),
): Promise<SubmissionAccepted> {
  const names = namesFor(context, command);
  // Sealed once, for the job id chosen here, so a re-send carries the very same command.
  const named: SubmitCallCommand = { ...command, ...names, ...sealFor(names.job_id) };
  const reply = await sendSubmission(rpc, context, named, timeoutMs).catch((error: unknown) => {
    if (!isUnavailable(error)) throw error;
    return sendSubmission(rpc, context, named, timeoutMs).catch((again: unknown) => {
      throw isUnavailable(again) ? mayExist(named) : again;
    });
  });
  if (reply.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return reply.accepted;
}

/**
 * The job and call ids. With an Idempotency-Key they are derived from it (and the request), so a client
 * retrying after a 503 is told the same job id every time, the one its first try may have created.
 */
function namesFor(context: WorkspaceContext, command: SubmitCallCommand): { job_id: string; call_id: string } {
  const key = command.idempotency_key;
  const parts = key ? [context.workspaceId, key, command.request_hash ?? ''] : null;
  return {
    job_id: command.job_id ?? (parts ? derivedId('job', ...parts) : newId('job')),
    call_id: command.call_id ?? (parts ? derivedId('call', ...parts) : newId('call')),
  };
}

const sendSubmission = (rpc: RpcClient, context: WorkspaceContext, command: SubmitCallCommand, timeoutMs: number) =>
  rpc.request<SubmitCallReply>(Subjects.ingestion.submitCall, context, command, timeoutMs);

const isUnavailable = (error: unknown): boolean =>
  error instanceof DomainError && error.code === ErrorCodes.serviceUnavailable;

function mayExist(command: SubmitCallCommand): DomainError {
  const jobId = command.job_id ?? '';
  return new DomainError(
    ErrorCodes.serviceUnavailable,
    `Ingestion did not confirm this submission in time; it may still be accepted as job ${jobId}. Look it up (GET /api/v1/jobs/${jobId}) before submitting again, or retry with an Idempotency-Key`,
    undefined,
    { job_id: jobId, call_id: command.call_id ?? '' },
  );
}
