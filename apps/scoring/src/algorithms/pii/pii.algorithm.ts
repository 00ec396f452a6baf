import { REDACTION_ENTITIES, RedactionEntity, TranscriptSegment } from '@callsight/contracts';
import { findPii, maskPii, PLACEHOLDERS } from '@callsight/redaction';
import { getCountries } from 'libphonenumber-js';
import type { Algorithm } from '../algorithm';

export interface PiiVariables {
  entities: RedactionEntity[];
  default_country: string;
  max_items: number;
}

export interface PiiItem {
  type: RedactionEntity;
  segment_index: number;
  /** The segment's start (seconds), null when untimed. */
  start: number | null;
  /** The placeholder when it was redacted, else a masked form ("***-***-1212"); never the value. */
  preview: string;
  redacted: boolean;
}

export interface PiiOutput {
  [key: string]: unknown;
  /** Whether the transcript holds redaction placeholders. */
  redacted: boolean;
  counts: Record<RedactionEntity, number>;
  items: PiiItem[];
}

const PLACEHOLDER = new RegExp(
  REDACTION_ENTITIES.map((entity) => PLACEHOLDERS[entity].replace(/[[\]]/g, '\\$&')).join('|'),
  'g',
);
const ENTITY_OF = new Map(REDACTION_ENTITIES.map((entity) => [PLACEHOLDERS[entity], entity]));

/**
 * The personal data in a transcript: what redaction replaced (its placeholders) and what is still
 * there (kinds the workspace does not redact, or every kind when it does not redact at all).
 */
export function piiReport(segments: readonly TranscriptSegment[], variables: PiiVariables): PiiOutput {
  const found: Array<PiiItem & { at: number }> = [];
  segments.forEach((segment, index) => {
    const item = (type: RedactionEntity, at: number, preview: string, redacted: boolean) =>
      found.push({ type, segment_index: index, start: segment.start, preview, redacted, at });
    for (const match of segment.text.matchAll(PLACEHOLDER))
      item(ENTITY_OF.get(match[0]) as RedactionEntity, match.index, match[0], true);
    for (const span of findPii(segment.text, variables.entities, { defaultCountry: variables.default_country }))
      item(span.type, span.start, maskPii(span), false);
  });
  const ordered = found.sort((a, b) => a.segment_index - b.segment_index || a.at - b.at);
  const counts = { phone: 0, email: 0, card: 0, ssn: 0 };
  for (const { type } of ordered) counts[type] += 1;
  return {
    redacted: ordered.some((item) => item.redacted),
    counts,
    items: ordered.slice(0, variables.max_items).map(({ at: _at, ...item }) => item),
  };
}

const entityList = { type: 'array', items: { enum: [...REDACTION_ENTITIES] }, uniqueItems: true };
const count = { type: 'integer', minimum: 0 };

export const PII: Algorithm<PiiVariables, PiiOutput> = {
  id: 'pii',
  version: 1,
  name: 'Personal data',
  description:
    'Phone numbers (spoken digits too), emails, Luhn-valid card numbers and SSN-like ids in the transcript: counts and masked previews, or the placeholders redaction left',
  kind: 'rule',
  enabledByDefault: true,
  dependsOn: [],
  variablesSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      entities: { ...entityList, default: [...REDACTION_ENTITIES], description: 'The kinds to look for' },
      default_country: {
        type: 'string',
        enum: getCountries(),
        default: 'US',
        description: 'Where a phone number said without its country code is assumed to be',
      },
      max_items: { type: 'integer', minimum: 0, maximum: 200, default: 50, description: 'Items listed at most' },
    },
  },
  outputSchema: {
    type: 'object',
    required: ['redacted', 'counts', 'items'],
    additionalProperties: false,
    properties: {
      redacted: { type: 'boolean' },
      counts: {
        type: 'object',
        required: [...REDACTION_ENTITIES],
        additionalProperties: false,
        properties: Object.fromEntries(REDACTION_ENTITIES.map((entity) => [entity, count])),
      },
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'segment_index', 'start', 'preview', 'redacted'],
          additionalProperties: false,
          properties: {
            type: { enum: [...REDACTION_ENTITIES] },
            segment_index: count,
            start: { type: ['number', 'null'] },
            preview: { type: 'string', maxLength: 200 },
            redacted: { type: 'boolean' },
          },
        },
      },
    },
  },
  run: ({ segments, variables }) => Promise.resolve(piiReport(segments, variables)),
};
