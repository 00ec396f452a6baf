import { Injectable } from '@nestjs/common';
import {
  AlgorithmRunView,
  DomainError,
  EndpointRecovery,
  ErrorCodes,
  RecoverEndpointCommand,
  Subjects,
  WebhookRedelivery,
  WorkspaceContext,
} from '@callsight/contracts';
import { RpcClient } from '@callsight/messaging';
import { DeliveryWorker } from '../deliveries/delivery.worker';
import { EndpointsService } from '../endpoints/endpoints.service';
import { DeliveryHistoryService } from '../history/delivery-history.service';
import { RedeliveryRepository } from './redelivery.repository';

/** How far back a recovery may reach: about the longest a receiver's history of failures is worth replaying. */
const MAX_RECOVERY_DAYS = 30;

/**
 * Sends messages again when someone asks (Gensail's redeliver-webhook, Svix's recover): the same
 * message under its own webhook-id, one manual attempt each, recorded in its attempt log. A job's
 * state is left as its scheduled attempts settled it; retry mode `redeliver` is what moves a job.
 */
@Injectable()
export class RedeliveryService {
  constructor(
    private readonly redeliveries: RedeliveryRepository,
    private readonly history: DeliveryHistoryService,
    private readonly endpoints: EndpointsService,
    private readonly worker: DeliveryWorker,
    private readonly rpc: RpcClient,
  ) {}

  /** The deliveries that carried the run: its job's results for a pipeline run, algorithm_run.completed for an on-demand one. */
  async redeliverRun(context: WorkspaceContext, runId: string): Promise<WebhookRedelivery> {
    const carrying = await this.redeliveries.latestCarrying(context.workspaceId, runId);
    if (carrying.length === 0) {
      // Tells an unknown run (404, from the service that keeps runs) from one no endpoint took.
      await this.rpc.request<AlgorithmRunView>(Subjects.scoring.getRun, context, { runId });
      throw new DomainError(
        ErrorCodes.conflict,
        `No webhook delivery carried run ${runId}: no endpoint took its results when it was made. Retry its job with mode redeliver to send the job's latest results to the endpoints configured now.`,
      );
    }
    const rearmed = new Set(
      await this.redeliveries.rearm(
        context.workspaceId,
        carrying.map((delivery) => delivery.id),
      ),
    );
    if (rearmed.size > 0) this.worker.nudge();
    const now = await this.redeliveries.byIds(
      context.workspaceId,
      carrying.map((delivery) => delivery.id),
    );
    const views = await this.history.views(context.workspaceId, now);
    return {
      redelivered: views.filter((view) => rearmed.has(view.id)),
      already_pending: views.filter((view) => !rearmed.has(view.id)),
    };
  }

  /** Every message to the endpoint that failed in the window, sent again (for after a receiver's outage). */
  async recover(workspaceId: string, command: RecoverEndpointCommand): Promise<EndpointRecovery> {
    await this.endpoints.get(workspaceId, command.endpointId);
    const { since, until } = recoveryWindow(command, new Date());
    const redelivered = await this.redeliveries.rearmFailed(workspaceId, command.endpointId, since, until);
    if (redelivered > 0) this.worker.nudge();
    return { redelivered, since: since.toISOString(), until: until.toISOString() };
  }
}

export function recoveryWindow(
  command: Pick<RecoverEndpointCommand, 'since' | 'until'>,
  now: Date,
): { since: Date; until: Date } {
  const since = new Date(command.since);
  const until = command.until ? new Date(command.until) : now;
  const earliest = new Date(now.getTime() - MAX_RECOVERY_DAYS * 24 * 3600 * 1000);
  const errors = [
    ...(since.getTime() >= until.getTime() ? [{ field: 'since', message: 'must be before until' }] : []),
    ...(since.getTime() < earliest.getTime()
      ? [{ field: 'since', message: `must be within the last ${MAX_RECOVERY_DAYS} days` }]
      : []),
  ];
  if (errors.length > 0) throw new DomainError(ErrorCodes.validationFailed, 'The recovery window is not valid', errors);
  return { since, until };
}
