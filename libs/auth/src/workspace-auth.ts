import { randomBytes } from 'node:crypto';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { ApiKeyPlan, ApiKeyScope, WorkspaceContext } from '@callsight/contracts';

/** Who is calling, once the API key has been verified. */
export interface AuthenticatedKey {
  workspaceId: string;
  workspaceName: string;
  keyId: string;
  keyPrefix: string;
  scopes: ApiKeyScope[];
  plan: ApiKeyPlan;
}

export type AuthenticatedRequest = Request & {
  id?: string;
  auth?: AuthenticatedKey;
  headers: Request['headers'] & { traceparent?: string };
};

/** Where a route accepts its key from, beyond the two headers every route accepts. */
export interface KeySources {
  query?: boolean;
  body?: boolean;
}

export const REQUIRED_SCOPES = 'callsight:required-scopes';
export const KEY_SOURCES = 'callsight:key-sources';
export const PUBLIC_ROUTE = 'callsight:public-route';

export const RequireScopes = (...scopes: ApiKeyScope[]) => SetMetadata(REQUIRED_SCOPES, scopes);
export const AcceptKeyFrom = (sources: KeySources) => SetMetadata(KEY_SOURCES, sources);
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The API key presented on a request: `Authorization: Bearer`, `x-api-key`, then (where the route allows) `?apiKey=` and body `apiKey`. */
export function presentedApiKey(request: Request, sources: KeySources = {}): string | null {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string') {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (match) return match[1];
  }
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.length > 0) return header.trim();
  const query = sources.query ? (request.query as Record<string, unknown>)?.apiKey : undefined;
  if (typeof query === 'string' && query.length > 0) return query;
  const body = sources.body ? (request.body as Record<string, unknown> | undefined)?.apiKey : undefined;
  if (typeof body === 'string' && body.length > 0) return body;
  return null;
}

export const CurrentAuth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthenticatedKey => {
  const auth = ctx.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) throw new Error('CurrentAuth used on a route without authentication');
  return auth;
});

/** The context every message sent on behalf of this request carries. */
export function workspaceContextOf(request: AuthenticatedRequest): WorkspaceContext {
  const auth = request.auth;
  if (!auth) throw new Error('workspaceContextOf used on a route without authentication');
  const supplied = request.headers.traceparent;
  const traceparent = typeof supplied === 'string' && TRACEPARENT.test(supplied) ? supplied : newTraceparent();
  return { workspaceId: auth.workspaceId, requestId: String(request.id ?? ''), traceparent };
}

const TRACEPARENT = /^[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/** A W3C trace context for a request that came without one, so its messages and logs can still be followed. */
const newTraceparent = (): string => `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;

export const RequestContext = createParamDecorator((_: unknown, ctx: ExecutionContext): WorkspaceContext =>
  workspaceContextOf(ctx.switchToHttp().getRequest<AuthenticatedRequest>()),
);
