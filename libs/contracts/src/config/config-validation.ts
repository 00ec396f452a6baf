import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { FieldError } from '../errors';
import { isTimeZone, TIME_ZONE_RULE } from '../time-zone';
import type { AlgorithmsConfig } from './algorithms.section';
import { TIME_ZONE_FORMAT } from './json-schema';
import { ResolvedWorkspaceConfig, workspaceConfigSchema } from './workspace-config.schema';

export type ConfigCheck = { ok: true; config: ResolvedWorkspaceConfig } | { ok: false; errors: FieldError[] };

let compiled: ValidateFunction<ResolvedWorkspaceConfig> | undefined;

/** Compiled on first use, once per process; `useDefaults` makes validating a copy also resolve it. */
function validator(): ValidateFunction<ResolvedWorkspaceConfig> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({
    allErrors: true,
    useDefaults: true,
    discriminator: true,
    allowUnionTypes: true,
    verbose: true,
    strict: true,
  });
  addFormats(ajv);
  ajv.addFormat(TIME_ZONE_FORMAT, { type: 'string', validate: isTimeZone });
  compiled = ajv.compile<ResolvedWorkspaceConfig>(workspaceConfigSchema);
  return compiled;
}

/**
 * What a workspace set, resolved: defaults fill every missing field (nested ones too), and a value the
 * schema or the cross-field rules refuse is named as a field error. The input is left unchanged.
 * `references: false` skips the rules that need the rest of the configuration (a patch checked on its own).
 */
export function resolveConfig(settings: unknown, { references = true } = {}): ConfigCheck {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    return { ok: false, errors: [{ field: 'body', message: 'must be a JSON object' }] };
  const candidate: unknown = structuredClone(settings);
  const validate = validator();
  if (!validate(candidate)) return { ok: false, errors: fieldErrorsOf(validate.errors ?? []) };
  const errors = references ? crossFieldErrors(candidate.algorithms) : [];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config: candidate };
}

/** `/algorithms/trackers/0/phrases` → `algorithms.trackers[0].phrases`: how the problem body names fields. */
export function fieldPath(pointer: string, key?: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (key !== undefined) segments.push(key);
  return segments.reduce(
    (path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment),
    '',
  );
}

const lastName = (field: string): string =>
  field
    .split('.')
    .pop()
    ?.replace(/\[\d+\]/g, '') || 'body';

/** One error per field, the first ajv found (type before size), said in the words our other routes use. */
function fieldErrorsOf(errors: ErrorObject[]): FieldError[] {
  const byField = new Map<string, string>();
  for (const error of errors) {
    const { field, message } = describe(error);
    if (!byField.has(field)) byField.set(field, message);
  }
  return [...byField].map(([field, message]) => ({ field: field || 'body', message }));
}

function describe(error: ErrorObject): FieldError {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') {
    const field = fieldPath(error.instancePath, String(params.missingProperty));
    return { field, message: `${lastName(field)} is required` };
  }
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    return { field: fieldPath(error.instancePath, key), message: `property ${key} should not exist` };
  }
  const field = fieldPath(error.instancePath);
  const name = lastName(field);
  if (error.keyword === 'discriminator') {
    const options = ((error.parentSchema as { oneOf?: Array<{ properties: { type: { const: string } } }> }).oneOf ?? [])
      .map((option) => option.properties.type.const)
      .join(', ');
    return { field: fieldPath(error.instancePath, String(params.tag)), message: `type must be one of: ${options}` };
  }
  if (error.keyword === 'enum')
    return { field, message: `${name} must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
  if (error.keyword === 'format' && params.format === TIME_ZONE_FORMAT)
    return { field, message: `${name} ${TIME_ZONE_RULE}` };
  if (
    (error.keyword === 'format' || error.keyword === 'pattern') &&
    (error.parentSchema as { format?: string })?.format === 'uri'
  )
    return { field, message: `${name} must be an http(s) URL` };
  return { field, message: `${name} ${error.message ?? 'is not valid'}` };
}

/** Rules JSON Schema cannot say: ids unique where they are referred to, and criteria naming trackers that exist. */
function crossFieldErrors(algorithms: AlgorithmsConfig): FieldError[] {
  const errors: FieldError[] = [
    ...duplicateIds(algorithms.trackers, 'algorithms.trackers', 'tracker'),
    ...duplicateIds(algorithms.scorecards, 'algorithms.scorecards', 'scorecard'),
  ];
  const trackers = new Set(algorithms.trackers.map((tracker) => tracker.id));
  algorithms.scorecards.forEach((scorecard, s) => {
    const at = `algorithms.scorecards[${s}].criteria`;
    errors.push(...duplicateIds(scorecard.criteria, at, 'criterion'));
    scorecard.criteria.forEach((criterion, c) => {
      if (criterion.type === 'tracker' && !trackers.has(criterion.tracker_id))
        errors.push({
          field: `${at}[${c}].tracker_id`,
          message: `tracker_id ${criterion.tracker_id} names no tracker of this configuration`,
        });
    });
  });
  return errors;
}

function duplicateIds(items: Array<{ id: string }>, at: string, what: string): FieldError[] {
  const seen = new Set<string>();
  return items.flatMap((item, index) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [{ field: `${at}[${index}].id`, message: `id ${item.id} is used by an earlier ${what}` }];
  });
}
