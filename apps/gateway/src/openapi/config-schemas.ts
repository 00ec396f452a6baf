import { CONFIG_SECTIONS, ConfigSection, resolveConfig, SECTION_SCHEMAS, sectionView } from '@callsight/contracts';

type Schema = Record<string, unknown>;

const pascal = (section: ConfigSection): string => section.charAt(0).toUpperCase() + section.slice(1);
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/** Component names of a section's schemas in the OpenAPI document. */
export const configComponent = {
  /** The section as written by PUT and PATCH: fields with a default may be left out. */
  input: (section: ConfigSection) => `${pascal(section)}ConfigInput`,
  /** What the workspace set in the section, secrets hidden. */
  settings: (section: ConfigSection) => `${pascal(section)}ConfigSettings`,
  /** The resolved section, secrets hidden. */
  view: (section: ConfigSection) => `${pascal(section)}ConfigView`,
  /** The PATCH body of a section. */
  patch: (section: ConfigSection) => (section === 'webhooks' ? 'WebhooksConfigPatch' : configComponent.input(section)),
};

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** For requests: a field with a default need not be sent, at any depth. */
function withDefaultsOptional(schema: Schema): Schema {
  const copy: Schema = { ...schema };
  if (isSchema(schema.properties)) {
    const properties = schema.properties as Record<string, Schema>;
    copy.properties = Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [name, withDefaultsOptional(property)]),
    );
    copy.required = ((schema.required as string[] | undefined) ?? []).filter(
      (name) => !('default' in properties[name]),
    );
  }
  if (isSchema(schema.items)) copy.items = withDefaultsOptional(schema.items);
  if (Array.isArray(schema.oneOf)) copy.oneOf = (schema.oneOf as Schema[]).map(withDefaultsOptional);
  return copy;
}

/** For responses: a write-only field is replaced by whether it is set; webhooks may show a secret once. */
function withSecretsHidden(section: ConfigSection, schema: Schema): Schema {
  const properties = schema.properties as Record<string, Schema>;
  const secrets = Object.keys(properties).filter((name) => properties[name].writeOnly === true);
  const shown: Record<string, Schema> = Object.fromEntries(
    Object.entries(properties).filter(([name]) => !secrets.includes(name)),
  );
  for (const name of secrets)
    shown[`has_${name}`] = { type: 'boolean', readOnly: true, description: `Whether ${name} is set` };
  if (section === 'webhooks')
    shown.secret = {
      type: 'string',
      readOnly: true,
      description: 'The signing secret; present only in the response of the change that generated or set it',
    };
  const required = ((schema.required as string[] | undefined) ?? []).filter((name) => !secrets.includes(name));
  return { ...schema, properties: shown, required: [...required, ...secrets.map((name) => `has_${name}`)] };
}

const versionFacts: Record<string, Schema> = {
  workspace_id: { type: 'string', examples: ['ws_01jd5f3k1q8m2x7c9v4b6n0p3r'] },
  version: { type: 'integer', minimum: 0, description: 'Grows by one with every change; 0 before the first' },
  updated_at: { type: ['string', 'null'], format: 'date-time', description: 'When this version was made' },
};

function wholeConfig(title: string, description: string, component: (section: ConfigSection) => string): Schema {
  return {
    title,
    description,
    type: 'object',
    required: [...Object.keys(versionFacts), ...CONFIG_SECTIONS],
    properties: {
      ...versionFacts,
      ...Object.fromEntries(CONFIG_SECTIONS.map((section) => [section, ref(component(section))])),
    },
  };
}

/**
 * `discriminator` only makes ajv's errors name the criterion type; OpenAPI's discriminator wants named
 * schemas in its oneOf, so the document leaves it out (the `type` consts still tell the branches apart).
 */
function withoutDiscriminators(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDiscriminators);
  if (!isSchema(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'discriminator')
      .map(([key, item]) => [key, withoutDiscriminators(item)]),
  );
}

/** The section's examples as a view shows them: resolved or as set, secrets hidden. */
function viewExamples(section: ConfigSection, resolved: boolean): Schema[] {
  return (SECTION_SCHEMAS[section].examples as readonly Schema[]).map((example) => {
    if (!resolved) return sectionView(section, example);
    const check = resolveConfig({ [section]: example });
    if (!check.ok) throw new Error(`the ${section} example does not resolve: ${JSON.stringify(check.errors)}`);
    return sectionView(section, check.config[section] as unknown as Schema);
  });
}

/** The config schemas of the OpenAPI document, all derived from the sections' JSON Schemas in contracts. */
export function configSchemaComponents(): Record<string, Schema> {
  const components: Record<string, Schema> = {};
  for (const section of CONFIG_SECTIONS) {
    const schema = withoutDiscriminators(SECTION_SCHEMAS[section]) as Schema;
    const input = withDefaultsOptional(schema);
    components[configComponent.input(section)] = input;
    components[configComponent.settings(section)] = {
      ...withSecretsHidden(section, input),
      examples: viewExamples(section, false),
    };
    components[configComponent.view(section)] = {
      ...withSecretsHidden(section, schema),
      examples: viewExamples(section, true),
    };
  }
  const webhooksInput = components[configComponent.input('webhooks')];
  components.WebhooksConfigPatch = {
    ...webhooksInput,
    properties: {
      ...(webhooksInput.properties as Schema),
      rotate_secret: { type: 'boolean', description: 'Replace the signing secret with a newly generated one' },
    },
  };
  components.WorkspaceConfigReplace = {
    title: 'Workspace configuration',
    description: 'A whole configuration: a section or field left out takes its default; a secret left out is kept',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(CONFIG_SECTIONS.map((section) => [section, ref(configComponent.input(section))])),
  };
  components.WorkspaceConfigView = wholeConfig(
    'Workspace configuration as set',
    'What the workspace set, per section (defaults fill the rest); secrets hidden',
    configComponent.settings,
  );
  components.ResolvedWorkspaceConfigView = wholeConfig(
    'Resolved workspace configuration',
    'Every field, defaults merged with what the workspace set; secrets hidden',
    configComponent.view,
  );
  return components;
}
