import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  API_KEY_PLANS,
  API_KEY_SCOPES,
  ApiKeyPlan,
  ApiKeyScope,
  DEFAULT_API_KEY_PLAN,
  DomainError,
  ErrorCodes,
} from '@callsight/contracts';
import {
  apiKeyMatches,
  AuthenticatedKey,
  ApiKeyVerifier,
  describeApiKey,
  IssuedApiKey,
  issueApiKey,
} from '@callsight/auth';
import { newId } from '@callsight/common/ids';
import { ApiKeyEntity, WorkspaceEntity } from './workspace.entity';

export interface CreatedKey {
  id: string;
  workspaceId: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  plan: ApiKeyPlan;
  /** Shown once. */
  key: string;
}

const LAST_USED_RESOLUTION_MS = 60_000;

function checkedPlan(plan: string): ApiKeyPlan {
  if (!API_KEY_PLANS.includes(plan as ApiKeyPlan))
    throw new DomainError(ErrorCodes.validationFailed, `Unknown plan ${plan}; known: ${API_KEY_PLANS.join(', ')}`);
  return plan as ApiKeyPlan;
}

/** Workspaces and their API keys: creation, listing, revocation, and verification of presented keys. */
@Injectable()
export class WorkspacesService implements ApiKeyVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createWorkspace(name: string): Promise<WorkspaceEntity> {
    const trimmed = name.trim();
    if (!/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$/u.test(trimmed))
      throw new DomainError(
        ErrorCodes.validationFailed,
        'A workspace name is 1 to 100 letters, digits, spaces, dots, dashes or underscores',
      );
    if (await this.dataSource.getRepository(WorkspaceEntity).existsBy({ name: trimmed }))
      throw new DomainError(ErrorCodes.conflict, `A workspace named "${trimmed}" already exists`);
    const workspace: WorkspaceEntity = {
      id: newId('ws'),
      name: trimmed,
      rateLimitPerMinute: null,
      createdAt: new Date(),
    };
    await this.dataSource.getRepository(WorkspaceEntity).insert(workspace);
    return workspace;
  }

  /** Finds a workspace by id or by name. */
  async findWorkspace(idOrName: string): Promise<WorkspaceEntity> {
    const repository = this.dataSource.getRepository(WorkspaceEntity);
    const workspace =
      (await repository.findOneBy({ id: idOrName })) ?? (await repository.findOneBy({ name: idOrName }));
    if (!workspace) throw DomainError.notFound(`Workspace ${idOrName}`);
    return workspace;
  }

  listWorkspaces(): Promise<WorkspaceEntity[]> {
    return this.dataSource.getRepository(WorkspaceEntity).find({ order: { createdAt: 'ASC' } });
  }

  async createKey(
    workspaceIdOrName: string,
    name: string,
    scopes: ApiKeyScope[] = [...API_KEY_SCOPES],
    plan: ApiKeyPlan = DEFAULT_API_KEY_PLAN,
    issued: IssuedApiKey = issueApiKey(),
  ): Promise<CreatedKey> {
    checkedPlan(plan);
    const unknown = scopes.filter((scope) => !API_KEY_SCOPES.includes(scope));
    if (unknown.length > 0)
      throw new DomainError(
        ErrorCodes.validationFailed,
        `Unknown scope(s): ${unknown.join(', ')}; known: ${API_KEY_SCOPES.join(', ')}`,
      );
    const workspace = await this.findWorkspace(workspaceIdOrName);
    const entity: ApiKeyEntity = {
      id: newId('key'),
      workspaceId: workspace.id,
      name: name.trim() || 'unnamed',
      prefix: issued.prefix,
      keyHash: issued.hash,
      scopes,
      plan,
      createdAt: new Date(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.dataSource.getRepository(ApiKeyEntity).insert(entity);
    return {
      id: entity.id,
      workspaceId: workspace.id,
      name: entity.name,
      prefix: entity.prefix,
      scopes,
      plan,
      key: issued.key,
    };
  }

  /** Moves a key to another plan; its KestrelVoice limit changes with its next request. */
  async setKeyPlan(keyId: string, plan: string): Promise<ApiKeyEntity> {
    const checked = checkedPlan(plan);
    const repository = this.dataSource.getRepository(ApiKeyEntity);
    const key = await repository.findOneBy({ id: keyId });
    if (!key) throw DomainError.notFound(`API key ${keyId}`);
    await repository.update({ id: keyId }, { plan: checked });
    return { ...key, plan: checked };
  }

  async listKeys(workspaceIdOrName: string): Promise<ApiKeyEntity[]> {
    const workspace = await this.findWorkspace(workspaceIdOrName);
    return this.dataSource
      .getRepository(ApiKeyEntity)
      .find({ where: { workspaceId: workspace.id }, order: { createdAt: 'ASC' } });
  }

  async revokeKey(keyId: string): Promise<ApiKeyEntity> {
    const repository = this.dataSource.getRepository(ApiKeyEntity);
    const key = await repository.findOneBy({ id: keyId });
    if (!key) throw DomainError.notFound(`API key ${keyId}`);
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await repository.update({ id: keyId }, { revokedAt: key.revokedAt });
    }
    return key;
  }

  /** Makes sure a workspace with this name exists and holds this exact key (for scripted set-ups and tests). */
  async ensureBootstrapKey(
    workspaceName: string,
    key: string,
  ): Promise<{ workspace: WorkspaceEntity; created: boolean }> {
    const issued = describeApiKey(key);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`callsight:bootstrap:${workspaceName}`]);
      let workspace = await manager.findOneBy(WorkspaceEntity, { name: workspaceName });
      if (!workspace) {
        workspace = { id: newId('ws'), name: workspaceName, rateLimitPerMinute: null, createdAt: new Date() };
        await manager.insert(WorkspaceEntity, workspace);
      }
      const existing = await manager.findOneBy(ApiKeyEntity, { keyHash: issued.hash });
      if (existing) {
        if (existing.workspaceId !== workspace.id)
          throw new Error('CALLSIGHT_BOOTSTRAP_API_KEY already belongs to another workspace');
        return { workspace, created: false };
      }
      await manager.insert(ApiKeyEntity, {
        id: newId('key'),
        workspaceId: workspace.id,
        name: 'bootstrap',
        prefix: issued.prefix,
        keyHash: issued.hash,
        scopes: [...API_KEY_SCOPES],
        plan: DEFAULT_API_KEY_PLAN,
        createdAt: new Date(),
        lastUsedAt: null,
        revokedAt: null,
      });
      return { workspace, created: true };
    });
  }

  /** Requests a minute per key on the native API for this workspace; null restores the deployment default. */
  async setRateLimit(workspaceIdOrName: string, perMinute: number | null): Promise<WorkspaceEntity> {
    if (perMinute !== null && (!Number.isInteger(perMinute) || perMinute < 1))
      throw new DomainError(
        ErrorCodes.validationFailed,
        'A rate limit is a whole number of requests a minute, at least 1',
      );
    const workspace = await this.findWorkspace(workspaceIdOrName);
    await this.dataSource
      .getRepository(WorkspaceEntity)
      .update({ id: workspace.id }, { rateLimitPerMinute: perMinute });
    return { ...workspace, rateLimitPerMinute: perMinute };
  }

  async hasActiveKeys(workspaceId: string): Promise<boolean> {
    return this.dataSource.getRepository(ApiKeyEntity).existsBy({ workspaceId, revokedAt: IsNull() });
  }

  async verify(key: string): Promise<AuthenticatedKey | null> {
    const found: Array<ApiKeyEntity & { workspace_name: string }> = await this.dataSource.query(
      `SELECT k.id, k.workspace_id AS "workspaceId", k.prefix, k.key_hash AS "keyHash", k.scopes, k.plan, k.last_used_at AS "lastUsedAt", w.name AS workspace_name
         FROM gateway.api_keys k JOIN gateway.workspaces w ON w.id = k.workspace_id
        WHERE k.key_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') AND k.revoked_at IS NULL`,
      [key],
    );
    const row = found[0];
    if (!row || !apiKeyMatches(key, row.keyHash)) return null;
    this.touch(row.id, row.lastUsedAt);
    return {
      workspaceId: row.workspaceId,
      workspaceName: row.workspace_name,
      keyId: row.id,
      keyPrefix: row.prefix,
      scopes: row.scopes,
      plan: row.plan,
    };
  }

  /** Records use at most once a minute per key, off the request's path. */
  private touch(keyId: string, lastUsedAt: Date | null): void {
    if (lastUsedAt && Date.now() - new Date(lastUsedAt).getTime() < LAST_USED_RESOLUTION_MS) return;
    void this.dataSource
      .getRepository(ApiKeyEntity)
      .update({ id: keyId }, { lastUsedAt: new Date() })
      .catch(() => undefined);
  }
}
