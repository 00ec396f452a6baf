import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '@callsight/auth';
import { DomainError, ErrorCodes } from '@callsight/contracts';
import {
  decide,
  emissionIntervalMicros,
  GcraOutcome,
  RATE_LIMIT,
  RATE_LIMIT_CLOCK,
  RateLimitClock,
  RateLimitDecision,
  RateLimitPolicy,
  WINDOW_SECONDS,
} from './rate-limit';

export interface RateLimitSettings {
  defaultPerMinute: number;
}
export const RATE_LIMIT_SETTINGS = Symbol('RATE_LIMIT_SETTINGS');

const DEFAULT_POLICY: RateLimitPolicy = { bucket: 'api' };

const TAT_MICROS = 'floor(extract(epoch FROM tat) * 1000000)::bigint AS tat_micros';

/** GCRA's step as one atomic upsert: the TAT moves only when the request is admitted, so no row means refused. */
const ADMIT = `INSERT INTO gateway.rate_limit_tats AS r (key_id, bucket, tat)
  VALUES ($1, $2, $3::timestamptz + $4 * interval '1 microsecond')
  ON CONFLICT (key_id, bucket) DO UPDATE SET tat = GREATEST(r.tat, $3::timestamptz) + $4 * interval '1 microsecond'
  WHERE GREATEST(r.tat, $3::timestamptz) + $4 * interval '1 microsecond' <= $3::timestamptz + $5 * interval '1 second'
  RETURNING ${TAT_MICROS}`;

/**
 * Admits each authenticated request against its key's limit for the route's bucket (GCRA, see
 * rate-limit.ts), in PostgreSQL so that every gateway replica shares it, and says so in RateLimit-* headers.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly logger = new Logger(RateLimitGuard.name);
  private lastCleanup = 0;

  constructor(
    private readonly reflector: Reflector,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RATE_LIMIT_SETTINGS) private readonly settings: RateLimitSettings,
    @Inject(RATE_LIMIT_CLOCK) private readonly clock: RateLimitClock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { workspaceRateLimit?: number | null }>();
    if (!request.auth) return true;
    const policy =
      this.reflector.getAllAndOverride<RateLimitPolicy>(RATE_LIMIT, [context.getHandler(), context.getClass()]) ??
      DEFAULT_POLICY;
    const limit =
      policy.limitPerMinute ??
      policy.limitByPlan?.[request.auth.plan] ??
      (await this.workspaceLimit(request.auth.workspaceId)) ??
      this.settings.defaultPerMinute;
    const now = this.clock.now();
    const decision = decide(await this.admit(request.auth.keyId, policy.bucket, limit, now), now, limit);
    this.setHeaders(context.switchToHttp().getResponse<Response>(), decision, policy, now);
    this.cleanupSometimes(now);
    if (decision.allowed) return true;
    throw new DomainError(
      ErrorCodes.rateLimited,
      `This API key may make ${limit} requests a minute here; retry after ${decision.retryAfterSeconds} s`,
    );
  }

  private async admit(keyId: string, bucket: string, limit: number, now: number): Promise<GcraOutcome> {
    const at = new Date(now);
    const [admitted] = await this.dataSource.query<{ tat_micros: string }[]>(ADMIT, [
      keyId,
      bucket,
      at,
      emissionIntervalMicros(limit),
      WINDOW_SECONDS,
    ]);
    if (admitted) return { allowed: true, tatMs: Number(admitted.tat_micros) / 1000 };
    const [refusing] = await this.dataSource.query<{ tat_micros: string }[]>(
      `SELECT ${TAT_MICROS} FROM gateway.rate_limit_tats WHERE key_id = $1 AND bucket = $2`,
      [keyId, bucket],
    );
    // The row refused us a moment ago, so it exists; a full window is the safe answer if it was just cleaned up.
    return { allowed: false, tatMs: refusing ? Number(refusing.tat_micros) / 1000 : now + WINDOW_SECONDS * 1000 };
  }

  private async workspaceLimit(workspaceId: string): Promise<number | null> {
    const [row] = await this.dataSource.query<{ rate_limit_per_minute: number | null }[]>(
      'SELECT rate_limit_per_minute FROM gateway.workspaces WHERE id = $1',
      [workspaceId],
    );
    return row?.rate_limit_per_minute ?? null;
  }

  private setHeaders(response: Response, decision: RateLimitDecision, policy: RateLimitPolicy, now: number): void {
    response.setHeader('RateLimit-Limit', String(decision.limit));
    response.setHeader('RateLimit-Remaining', String(decision.remaining));
    response.setHeader('RateLimit-Reset', String(decision.resetSeconds));
    response.setHeader('RateLimit-Policy', `${decision.limit};w=${WINDOW_SECONDS};name="${policy.bucket}"`);
    if (policy.xRateLimitHeaders) {
      response.setHeader('X-RateLimit-Limit', String(decision.limit));
      response.setHeader('X-RateLimit-Remaining', String(decision.remaining));
      // An instant, not a delay: X-RateLimit-Reset is read as Unix seconds (GitHub, express-rate-limit).
      response.setHeader('X-RateLimit-Reset', String(Math.ceil(now / 1000) + decision.resetSeconds));
    }
    if (decision.retryAfterSeconds !== null) response.setHeader('Retry-After', String(decision.retryAfterSeconds));
  }

  /** A TAT in the past admits exactly as no row does; a window's margin allows for replicas' clocks to differ. */
  private cleanupSometimes(now: number): void {
    if (now - this.lastCleanup < 60_000) return;
    this.lastCleanup = now;
    this.dataSource
      .query('DELETE FROM gateway.rate_limit_tats WHERE tat < $1', [new Date(now - WINDOW_SECONDS * 1000)])
      .catch((error: unknown) => this.logger.warn({ err: error }, 'rate limit clean-up failed'));
  }
}
