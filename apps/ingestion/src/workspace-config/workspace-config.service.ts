import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  changedSections,
  ConfigSection,
  ConfigSectionView,
  DomainError,
  FieldError,
  patchSettings,
  readSectionPatch,
  relativeToSection,
  replaceSettings,
  ResolvedWorkspaceConfig,
  ResolvedWorkspaceConfigView,
  resolveConfig,
  sectionView,
  settingsView,
  VersionedWorkspaceConfig,
  withLatestSecrets,
  WorkspaceConfigSettings,
  WorkspaceConfigView,
} from '@callsight/contracts';
import { fieldErrorsProblem } from '@callsight/common/problem';
import { WorkspaceConfigRepository } from './workspace-config.repository';
import { SecretChange, settleWebhookSecret } from './webhooks-section';

/** Stored settings were valid when written; failing now means the schema lost a field they use. */
function resolveStored(workspaceId: string, settings: WorkspaceConfigSettings): ResolvedWorkspaceConfig {
  const check = resolveConfig(settings);
  if (!check.ok)
    throw new Error(`stored configuration of ${workspaceId} no longer resolves: ${JSON.stringify(check.errors)}`);
  return check.config;
}

/** The latest stored settings resolved, with their version (0: none yet, the defaults). */
function latestResolved(
  workspaceId: string,
  latest: { settings: WorkspaceConfigSettings; version: number } | null,
): VersionedWorkspaceConfig {
  return { ...resolveStored(workspaceId, latest?.settings ?? {}), version: latest?.version ?? 0 };
}

/** What the config routes answer: the workspace, its version and when it was set, and the settings (secrets hidden). */
function configView(
  workspaceId: string,
  version: number,
  updatedAt: Date | null,
  settings: WorkspaceConfigSettings | ResolvedWorkspaceConfig,
): WorkspaceConfigView | ResolvedWorkspaceConfigView {
  return {
    workspace_id: workspaceId,
    version,
    updated_at: updatedAt?.toISOString() ?? null,
    ...settingsView(settings),
  } as WorkspaceConfigView | ResolvedWorkspaceConfigView;
}

interface Written {
  settings: WorkspaceConfigSettings;
  config: ResolvedWorkspaceConfig;
  version: number;
  updatedAt: Date | null;
  revealed: string | null;
}

/** A change to make: the new settings from the current ones, how the secret changes, and how to name errors. */
interface ConfigChange {
  apply: (current: WorkspaceConfigSettings) => WorkspaceConfigSettings;
  secret: SecretChange;
  nameErrors: (errors: FieldError[]) => FieldError[];
}

/** Workspace configuration: append-only versions of what each workspace set, resolved against the schema's defaults. */
@Injectable()
export class WorkspaceConfigService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: WorkspaceConfigRepository,
  ) {}

  /** The latest configuration, resolved. */
  async resolved(workspaceId: string, manager?: EntityManager): Promise<VersionedWorkspaceConfig> {
    return latestResolved(workspaceId, await this.versions.latest(workspaceId, manager));
  }

  /** A job's version (0: the defaults), with the latest secrets so a rotation takes effect; the latest without one. */
  async atVersion(workspaceId: string, version: number | null | undefined): Promise<VersionedWorkspaceConfig> {
    const latest = await this.versions.latest(workspaceId);
    if (version === undefined || version === null || version === (latest?.version ?? 0))
      return latestResolved(workspaceId, latest);
    const earlier = version === 0 ? { settings: {} } : await this.versions.at(workspaceId, version);
    if (!earlier) throw DomainError.notFound(`Configuration version ${version}`);
    const settings = withLatestSecrets(earlier.settings, latest?.settings ?? {});
    return { ...resolveStored(workspaceId, settings), version };
  }

  /** What the workspace set, or with `resolved` every field; secrets hidden either way. */
  async view(workspaceId: string, resolved: boolean): Promise<WorkspaceConfigView | ResolvedWorkspaceConfigView> {
    const latest = await this.versions.latest(workspaceId);
    const settings = latest?.settings ?? {};
    const shown = resolved ? resolveStored(workspaceId, settings) : settings;
    return configView(workspaceId, latest?.version ?? 0, latest?.createdAt ?? null, shown);
  }

  /** Merges a patch into one section (JSON Merge Patch); answers the resolved section. */
  async patch(workspaceId: string, section: ConfigSection, body: unknown): Promise<ConfigSectionView> {
    const request = readSectionPatch(section, body);
    if (!request.ok) throw fieldErrorsProblem(request.errors);
    const { patch, rotateSecret } = request;
    const written = await this.write(workspaceId, {
      apply: (current) => patchSettings(current, section, patch),
      secret: { supplied: section === 'webhooks' && typeof patch.secret === 'string', rotate: rotateSecret },
      nameErrors: (errors) => relativeToSection(section, errors),
    });
    const view = sectionView(section, written.config[section] as unknown as Record<string, unknown>);
    const shown = section === 'webhooks' && written.revealed ? { ...view, secret: written.revealed } : view;
    return shown as unknown as ConfigSectionView;
  }

  /** Replaces the whole configuration: sections left out return to their defaults, secrets left out are kept. */
  async replace(workspaceId: string, settings: Record<string, unknown>): Promise<WorkspaceConfigView> {
    const webhooks = settings.webhooks as Record<string, unknown> | undefined;
    const written = await this.write(workspaceId, {
      apply: (current) => replaceSettings(current, settings),
      secret: { supplied: typeof webhooks?.secret === 'string', rotate: false },
      nameErrors: (errors) => errors,
    });
    const view = configView(workspaceId, written.version, written.updatedAt, written.settings);
    if (written.revealed) view.webhooks = { ...view.webhooks, secret: written.revealed };
    return view;
  }

  /** Applies a change as a new version, unless it changes nothing; changes of one workspace take turns. */
  private write(workspaceId: string, change: ConfigChange): Promise<Written> {
    return this.dataSource.transaction(async (manager) => {
      await this.versions.lock(workspaceId, manager);
      const latest = await this.versions.latest(workspaceId, manager);
      const current = latest?.settings ?? {};
      let settings = change.apply(current);
      const check = resolveConfig(settings);
      if (!check.ok) throw fieldErrorsProblem(change.nameErrors(check.errors));
      const { config } = check;
      const { secret, revealed } = settleWebhookSecret(config.webhooks, change.secret);
      if (secret !== config.webhooks.secret) {
        settings = patchSettings(settings, 'webhooks', { secret });
        config.webhooks.secret = secret;
      }
      const changed = changedSections(current, settings);
      if (changed.length === 0)
        return { settings, config, version: latest?.version ?? 0, updatedAt: latest?.createdAt ?? null, revealed };
      const version = (latest?.version ?? 0) + 1;
      const createdAt = new Date();
      await this.versions.append(workspaceId, manager, { version, settings, changedSections: changed, createdAt });
      return { settings, config, version, updatedAt: createdAt, revealed };
    });
  }
}
