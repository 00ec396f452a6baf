import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedKey, CurrentAuth } from '@callsight/auth';
import { WhoAmI } from '@callsight/contracts';
import { ApiProblems } from '../openapi/api-errors.decorator';

@ApiTags('Auth')
@Controller('api/v1/auth')
export class AuthController {
  @Get('whoami')
  @ApiOperation({ operationId: 'whoAmI', summary: 'Who the presented API key belongs to' })
  @ApiOkResponse({ type: WhoAmI })
  @ApiProblems()
  whoami(@CurrentAuth() auth: AuthenticatedKey): WhoAmI {
    return {
      workspace_id: auth.workspaceId,
      workspace_name: auth.workspaceName,
      key_id: auth.keyId,
      key_prefix: auth.keyPrefix,
      scopes: auth.scopes,
      plan: auth.plan,
    };
  }
}
