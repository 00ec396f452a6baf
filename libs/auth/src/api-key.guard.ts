import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyScope, DomainError, ErrorCodes } from '@callsight/contracts';
import { isWellFormedApiKey } from './api-key';
import {
  AuthenticatedKey,
  AuthenticatedRequest,
  KEY_SOURCES,
  KeySources,
  presentedApiKey,
  PUBLIC_ROUTE,
  REQUIRED_SCOPES,
} from './workspace-auth';

/** Looks a presented key up (by hash) and returns who it belongs to, or null when unknown or revoked. */
export interface ApiKeyVerifier {
  verify(key: string): Promise<AuthenticatedKey | null>;
}
export const API_KEY_VERIFIER = Symbol('API_KEY_VERIFIER');

/** Every place this route reads a key from, so a caller without one learns all of them. */
function keyPlaces(sources: KeySources): string {
  const places = ['Authorization: Bearer <key>', 'X-API-Key: <key>'];
  if (sources.query) places.push('?apiKey=<key>');
  if (sources.body) places.push('"apiKey" in the JSON body');
  return `${places.slice(0, -1).join(', ')} or ${places[places.length - 1]}`;
}

/**
 * Authenticates every route not marked @Public. Its @RequireScopes are ScopeGuard's, which runs after the
 * rate limit, so a known key's forbidden request is counted and says its limit like any other.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_KEY_VERIFIER) private readonly verifier: ApiKeyVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const sources = this.reflector.getAllAndOverride<KeySources>(KEY_SOURCES, targets) ?? {};
    const key = presentedApiKey(request, sources);
    if (!key) throw new DomainError(ErrorCodes.unauthenticated, `An API key is required (${keyPlaces(sources)})`);
    const auth = isWellFormedApiKey(key) ? await this.verifier.verify(key) : null;
    if (!auth) throw new DomainError(ErrorCodes.unauthenticated, 'The API key is not valid');
    request.auth = auth;
    return true;
  }
}

/** Enforces a route's @RequireScopes on the key ApiKeyGuard authenticated. */
@Injectable()
export class ScopeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const required = this.reflector.getAllAndOverride<ApiKeyScope[]>(REQUIRED_SCOPES, targets) ?? [];
    if (required.length === 0) return true;
    const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
    // Closed, should this guard ever run where no key was authenticated.
    if (!auth) throw new DomainError(ErrorCodes.unauthenticated, 'An API key is required');
    const missing = required.filter((scope) => !auth.scopes.includes(scope));
    if (missing.length > 0)
      throw new DomainError(ErrorCodes.forbidden, `The API key lacks the scope(s): ${missing.join(', ')}`);
    return true;
  }
}
