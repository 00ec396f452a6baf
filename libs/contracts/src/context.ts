import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Who a message is on behalf of; carried by every command, query and event between services. */
export class WorkspaceContext {
  @Matches(/^ws_[0-9a-z]{26}$/)
  workspaceId: string;

  @IsString()
  @MaxLength(64)
  requestId: string;

  @IsOptional()
  @Matches(/^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/)
  traceparent?: string;
}

/** The shape of every request/reply message: who asks, and what. */
export interface RpcEnvelope<T> {
  context: WorkspaceContext;
  data: T;
}
