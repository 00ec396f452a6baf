import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '@callsight/auth';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import { decide, RATE_LIMIT, RateLimitDecision, RateLimitPolicy, WINDOW_SECONDS, windowStart } from './rate-limit';

export interface RateLimitSettings {
  defaultPerMinute: number;
}
export const RATE_LIMIT_SETTINGS = Symbol('RATE_LIMIT_SETTINGS');

const DEFAULT_POLICY: RateLimitPolicy = { bucket: 'api' };

/**
 * Counts each authenticated request against its key's limit for the route's bucket, in PostgreSQL
 * so that every gateway replica sees the same count, and says so in RateLimit-* headers.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger(RateLimitGuard.name);
  private lastCleanup = 0;

  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RATE_LIMIT_SETTINGS) private readonly settings: RateLimitSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { workspaceRateLimit?: number | null }>();
    if (!request.auth) return true;
    const policy =
      this.reflector.getAllAndOverride<RateLimitPolicy>(RATE_LIMIT, [context.getHandler(), context.getClass()]) ??
      DEFAULT_POLICY;
    const now = Date.now();
    const limit =
      policy.limitPerMinute ?? (await this.workspaceLimit(request.auth.workspaceId)) ?? this.settings.defaultPerMinute;
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `INSERT INTO gateway.rate_limit_counters AS c (key_id, bucket, window_start, count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (key_id, bucket, window_start) DO UPDATE SET count = c.count + 1 RETURNING count`,
      [request.auth.keyId, policy.bucket, windowStart(now)],
    );
    const decision = decide(count, limit, now);
    this.setHeaders(context.switchToHttp().getResponse<Response>(), decision, policy);
    this.cleanupSometimes(now);
    if (decision.allowed) return true;
    throw new DomainError(
      ErrorCodes.rateLimited,
      `This API key may make ${limit} requests a minute here; retry after ${decision.resetSeconds} s`,
    );
  }

  private async workspaceLimit(workspaceId: string): Promise<number | null> {
    const [row] = await this.dataSource.query<{ rate_limit_per_minute: number | null }[]>(
      'SELECT rate_limit_per_minute FROM gateway.workspaces WHERE id = $1',
      [workspaceId],
    );
    return row?.rate_limit_per_minute ?? null;
  }

  private setHeaders(response: Response, decision: RateLimitDecision, policy: RateLimitPolicy): void {
    response.setHeader('RateLimit-Limit', String(decision.limit));
    response.setHeader('RateLimit-Remaining', String(decision.remaining));
    response.setHeader('RateLimit-Reset', String(decision.resetSeconds));
    response.setHeader('RateLimit-Policy', `${decision.limit};w=${WINDOW_SECONDS};name="${policy.bucket}"`);
    if (!decision.allowed) response.setHeader('Retry-After', String(decision.resetSeconds));
  }

  /** Old windows are of no use; one request in a while removes them. */
  private cleanupSometimes(now: number): void {
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    this.dataSource
      .query('DELETE FROM gateway.rate_limit_counters WHERE window_start < $1', [
        new Date(now - 5 * WINDOW_SECONDS * 1000),
      ])
      .catch((error: unknown) => this.logger.warn({ err: error }, 'rate limit clean-up failed'));
  }
}
