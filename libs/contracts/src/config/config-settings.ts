import { stringify } from 'safe-stable-stringify';
import type { FieldError } from '../errors';
import {
  CONFIG_SECTIONS,
  ConfigSection,
  ResolvedWorkspaceConfig,
  SECRET_FIELDS,
  SecretSection,
  WorkspaceConfigSettings,
} from './workspace-config.schema';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * JSON Merge Patch (RFC 7396): a field replaces, null removes (the field returns to its default), objects
 * merge, arrays replace. How a PATCH of a section changes what the workspace set.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const merged: Json = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = mergePatch(merged[key], value);
  }
  return merged;
}

/** The settings with one section patched. */
export function patchSettings(
  settings: WorkspaceConfigSettings,
  section: ConfigSection,
  patch: Json,
): WorkspaceConfigSettings {
  const next = mergePatch(settings[section] ?? {}, patch) as Json;
  return { ...settings, [section]: next };
}

/**
 * A whole new configuration replacing `current`. Sections left out return to their defaults, but a secret
 * the new one does not mention is kept (write-only fields cannot be read back to be sent again); null removes it.
 */
export function replaceSettings(current: WorkspaceConfigSettings, next: Json): WorkspaceConfigSettings {
  const replaced = { ...next } as WorkspaceConfigSettings;
  for (const [section, field] of Object.entries(SECRET_FIELDS) as Array<[SecretSection, string]>) {
    const given = replaced[section];
    const kept = current[section]?.[field];
    if (kept === undefined || (given !== undefined && (!isObject(given) || field in given))) continue;
    replaced[section] = { ...(isObject(given) ? given : {}), [field]: kept };
  }
  return dropNullFields(replaced);
}

/** Null in a whole configuration means "the default", as in a patch, so it is not kept as something set. */
function dropNullFields(settings: WorkspaceConfigSettings): WorkspaceConfigSettings {
  return Object.fromEntries(
    Object.entries(settings).map(([section, values]) => [
      section,
      isObject(values) ? Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) : values,
    ]),
  );
}

/** The sections whose settings differ between two configurations; key order does not count (jsonb keeps its own). */
export function changedSections(before: WorkspaceConfigSettings, after: WorkspaceConfigSettings): ConfigSection[] {
  return CONFIG_SECTIONS.filter((section) => stringify(before[section] ?? {}) !== stringify(after[section] ?? {}));
}

/** An earlier version's settings with the latest secrets, so a rotated or removed secret is never used again. */
export function withLatestSecrets(
  settings: WorkspaceConfigSettings,
  latest: WorkspaceConfigSettings,
): WorkspaceConfigSettings {
  const merged = { ...settings };
  for (const [section, field] of Object.entries(SECRET_FIELDS) as Array<[SecretSection, string]>) {
    const { [field]: _old, ...rest } = merged[section] ?? {};
    const secret = latest[section]?.[field];
    merged[section] = secret === undefined ? rest : { ...rest, [field]: secret };
  }
  return merged;
}

/** A section as clients see it: write-only fields replaced by whether they are set. */
export function sectionView(section: ConfigSection, values: Json): Json {
  if (section !== 'webhooks' && section !== 'llm') return { ...values };
  const field = SECRET_FIELDS[section];
  const { [field]: secret, ...shown } = values;
  return { ...shown, [`has_${field}`]: typeof secret === 'string' };
}

/** Every section as clients see it. */
export function settingsView(settings: WorkspaceConfigSettings | ResolvedWorkspaceConfig): Record<ConfigSection, Json> {
  const sections = settings as Partial<Record<ConfigSection, Json>>;
  return Object.fromEntries(
    CONFIG_SECTIONS.map((section) => [section, sectionView(section, sections[section] ?? {})]),
  ) as Record<ConfigSection, Json>;
}

/** Field errors of the whole configuration, named relative to one section's body (for PATCH of that section). */
export function relativeToSection(section: ConfigSection, errors: FieldError[]): FieldError[] {
  return errors.map(({ field, message }) => ({
    field: field.startsWith(`${section}.`) ? field.slice(section.length + 1) : field === section ? 'body' : field,
    message,
  }));
}

export type SectionPatchRequest =
  { ok: true; patch: Json; rotateSecret: boolean } | { ok: false; errors: FieldError[] };

/**
 * A PATCH body of a section: the settings to merge, and for webhooks `rotate_secret`, a request to act that
 * is no setting and is taken out before the section is validated.
 */
export function readSectionPatch(section: ConfigSection, body: unknown): SectionPatchRequest {
  if (!isObject(body)) return { ok: false, errors: [{ field: 'body', message: 'must be a JSON object' }] };
  if (section !== 'webhooks') return { ok: true, patch: body, rotateSecret: false };
  const { rotate_secret: rotate, ...patch } = body;
  if (rotate !== undefined && typeof rotate !== 'boolean')
    return { ok: false, errors: [{ field: 'rotate_secret', message: 'rotate_secret must be boolean' }] };
  return { ok: true, patch, rotateSecret: rotate === true };
}
