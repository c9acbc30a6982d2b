import { Controller, Get, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type TXivoLoginQuery, ZApiError, ZXivoLoginQuery } from '@screenpop/contracts';
import { z } from 'zod';
import { type XivoLoginAnswer, XivoLoginService } from './login.service.js';
import { Public } from '../auth/access.decorators.js';

const ZXivoLoginAnswer = z.object({ ok: z.literal(true), sessionId: z.string() });

@ApiTags('xivo')
@Public()
@Controller('xivo')
export class XivoLoginController {
  constructor(private readonly logins: XivoLoginService) {}

  @Get('login')
  @RouteConfig({ rateLimit: {} })
  @ApiOperation({
    summary: 'XucMgt login URL (THIRD_PARTY_LOGIN_URL)',
    description:
      "Called by the agent's browser when they log in: records which XiVOCC host they are on, and when. " +
      'Configure THIRD_PARTY_LOGIN_URL=https://<api>/api/xivo/login?login=%{login}&token=%{token}&xivoccHost=%{xivocchost}. ' +
      'The token is only read for its times and never stored; the same token reported twice is one login.',
  })
  @ApiQuery({ name: 'login', required: true, description: "The agent's login." })
  @ApiQuery({ name: 'token', required: true, description: "xuc's JWT of the login (not stored)." })
  @ApiQuery({ name: 'xivoccHost', required: true, description: 'The XiVOCC host the agent logged on.' })
  @ApiQuery({ name: 'tenant', required: false, description: 'Tenant slug; "default" when absent.' })
  @ApiOkResponse({ standardSchema: ZXivoLoginAnswer, description: 'Recorded (XucMgt ignores the body).' })
  @ApiBadRequestResponse({
    standardSchema: ZApiError,
    description: 'Missing or malformed login, token or xivoccHost; issues name them.',
  })
  @ApiNotFoundResponse({ standardSchema: ZApiError, description: 'Unknown tenant.' })
  @ApiTooManyRequestsResponse({ standardSchema: ZApiError, description: 'Too many calls from this client.' })
  login(@Query({ schema: ZXivoLoginQuery }) query: TXivoLoginQuery): Promise<XivoLoginAnswer> {
    return this.logins.recordLogin(query);
  }
}
