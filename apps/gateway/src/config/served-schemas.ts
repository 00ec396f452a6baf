import { createHash } from 'node:crypto';
import { CONFIG_SECTIONS, ConfigSection, sectionSchemaDocument, workspaceConfigSchema } from '@callsight/contracts';

export const SCHEMA_CONTENT_TYPE = 'application/schema+json';

export interface ServedSchema {
  body: string;
  /** Strong: the bytes' hash, so it changes exactly when the schema does (a new release). */
  etag: string;
}

function served(schema: object): ServedSchema {
  const body = JSON.stringify(schema);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
}

export const WHOLE_CONFIG_SCHEMA = served(workspaceConfigSchema);
export const SECTION_CONFIG_SCHEMAS = Object.fromEntries(
  CONFIG_SECTIONS.map((section) => [section, served(sectionSchemaDocument(section))]),
) as Record<ConfigSection, ServedSchema>;

/** If-None-Match compares weakly (RFC 9110 13.1.2): `W/"x"` matches `"x"`, and `*` matches anything. */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
