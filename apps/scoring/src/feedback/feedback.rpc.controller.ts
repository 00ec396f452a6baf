import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  FeedbackPage,
  FeedbackStats,
  FeedbackStatsCommand,
  FeedbackView,
  ListFeedbackCommand,
  SubmitFeedbackCommand,
  Subjects,
  WorkspaceContext,
} from '@callsight/contracts';
import { FeedbackService } from './feedback.service';

@Controller()
export class FeedbackRpcController {
  constructor(private readonly feedback: FeedbackService) {}

  @MessagePattern(Subjects.scoring.submitFeedback)
  submit(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: SubmitFeedbackCommand,
  ): Promise<FeedbackView> {
    return this.feedback.submit(context.workspaceId, command);
  }

  @MessagePattern(Subjects.scoring.listFeedback)
  list(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: ListFeedbackCommand,
  ): Promise<FeedbackPage> {
    return this.feedback.list(context.workspaceId, query);
  }

  @MessagePattern(Subjects.scoring.feedbackStats)
  stats(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') command: FeedbackStatsCommand,
  ): Promise<FeedbackStats> {
    return this.feedback.stats(context.workspaceId, command.algorithmId, command);
  }
}
