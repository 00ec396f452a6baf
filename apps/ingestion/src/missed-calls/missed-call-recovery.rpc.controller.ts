import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MissedCallRecoveryQuery, MissedCallRecoveryReply, Subjects, WorkspaceContext } from '@callsight/contracts';
import { MissedCallRecoveryRepository } from './missed-call-recovery.repository';

@Controller()
export class MissedCallRecoveryRpcController {
  constructor(private readonly missedCalls: MissedCallRecoveryRepository) {}

  @MessagePattern(Subjects.ingestion.missedCallRecovery)
  recovery(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: MissedCallRecoveryQuery,
  ): Promise<MissedCallRecoveryReply> {
    return this.missedCalls.recovery(context.workspaceId, query.from, query.to, query.tz, query.windowHours);
  }
}
