import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequireScopes } from '@callsight/auth';
import { CONFIG_SECTIONS, DomainError, isConfigSection } from '@callsight/contracts';
import { ApiProblems } from '../openapi/api-errors.decorator';
import {
  notModified,
  SCHEMA_CONTENT_TYPE,
  SECTION_CONFIG_SCHEMAS,
  ServedSchema,
  WHOLE_CONFIG_SCHEMA,
} from './served-schemas';

const SCHEMA_RESPONSE = {
  description: 'A JSON Schema (draft 2020-12), with a strong ETag',
  content: { [SCHEMA_CONTENT_TYPE]: { schema: { type: 'object', additionalProperties: true } } },
  headers: { ETag: { description: 'Changes exactly when the schema does', schema: { type: 'string' } } },
} as const;
const IF_NONE_MATCH = { name: 'If-None-Match', required: false, description: 'An ETag from an earlier answer' };

/** The JSON Schemas that every configuration write is validated with, for clients and forms to use. */
@ApiTags('Config')
@Controller('api/v1/config/schema')
export class ConfigSchemaController {
  @Get()
  @RequireScopes('config:read')
  @ApiOperation({ operationId: 'getConfigSchema', summary: 'Get the JSON Schema of the whole workspace configuration' })
  @ApiHeader(IF_NONE_MATCH)
  @ApiResponse({ status: 200, ...SCHEMA_RESPONSE })
  @ApiResponse({ status: 304, description: 'The schema has not changed since the ETag given' })
  @ApiProblems(400, 403)
  whole(@Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) response: Response) {
    return serve(WHOLE_CONFIG_SCHEMA, ifNoneMatch, response);
  }

  @Get(':section')
  @RequireScopes('config:read')
  @ApiOperation({ operationId: 'getConfigSectionSchema', summary: 'Get the JSON Schema of one configuration section' })
  @ApiParam({ name: 'section', enum: CONFIG_SECTIONS })
  @ApiHeader(IF_NONE_MATCH)
  @ApiOkResponse(SCHEMA_RESPONSE)
  @ApiResponse({ status: 304, description: 'The schema has not changed since the ETag given' })
  @ApiProblems(400, 403, 404)
  section(
    @Param('section') section: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (!isConfigSection(section)) throw DomainError.notFound(`Configuration section ${section}`);
    return serve(SECTION_CONFIG_SCHEMAS[section], ifNoneMatch, response);
  }
}

function serve(schema: ServedSchema, ifNoneMatch: string | undefined, response: Response): string | undefined {
  response.setHeader('ETag', schema.etag);
  response.setHeader('Cache-Control', 'no-cache');
  if (notModified(ifNoneMatch, schema.etag)) {
    response.status(304);
    return undefined;
  }
  response.type(SCHEMA_CONTENT_TYPE);
  return schema.body;
}
