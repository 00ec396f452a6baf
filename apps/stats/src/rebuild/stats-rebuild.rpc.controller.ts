import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { StatsRebuildCommand, StatsRebuildResult, Subjects } from '@callsight/contracts';
import { StatsRebuildService } from './stats-rebuild.service';

/** An operator's command (`npm run cli -- stats rebuild`), not a workspace's: it carries no workspace context. */
@Controller()
export class StatsRebuildRpcController {
  constructor(private readonly rebuilds: StatsRebuildService) {}

  @MessagePattern(Subjects.stats.rebuild)
  rebuild(@Payload('data') command: StatsRebuildCommand): Promise<StatsRebuildResult> {
    return this.rebuilds.rebuild(command ?? {});
  }
}
