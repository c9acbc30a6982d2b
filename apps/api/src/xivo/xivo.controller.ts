import { Body, Controller, HttpCode, Options, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import {
  type TXivoThirdPartyRequest,
  type TXivoThirdPartyResponse,
  ZApiError,
  ZXivoThirdPartyRequest,
  ZXivoThirdPartyResponse,
} from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import { z } from 'zod';
import { XivoService } from './xivo.service.js';
import { Public } from '../auth/access.decorators.js';

const ZTenantSlug = z.string().trim().min(1).max(100).optional();

@ApiTags('xivo')
@Public()
@Controller('xivo')
export class XivoController {
  constructor(private readonly xivo: XivoService) {}

  @Post('thirdparty')
  @HttpCode(200)
  @RouteConfig({ rateLimit: {} })
  @ApiOperation({
    summary: 'XucMgt third-party web service (THIRD_PARTY_URL)',
    description:
      "Called by the agent's browser when a call rings: records the call and answers what to open, by the tenant's rules.",
  })
  @ApiQuery({ name: 'tenant', required: false, description: 'Tenant slug; "default" when absent.' })
  @ApiOkResponse({
    standardSchema: ZXivoThirdPartyResponse,
    description: 'What XucMgt opens, or {"action":"none"}.',
  })
  @ApiBadRequestResponse({ standardSchema: ZApiError, description: 'Invalid body; issues name the fields.' })
  @ApiNotFoundResponse({ standardSchema: ZApiError, description: 'Unknown tenant.' })
  @ApiTooManyRequestsResponse({ standardSchema: ZApiError, description: 'Too many calls from this client.' })
  thirdParty(
    @Query('tenant', { schema: ZTenantSlug }) tenant: string | undefined,
    @Body({ schema: ZXivoThirdPartyRequest }) body: TXivoThirdPartyRequest,
  ): Promise<TXivoThirdPartyResponse> {
    return this.xivo.answerThirdParty(tenant ?? DEFAULT_TENANT_SLUG, body);
  }

  @Options('thirdparty')
  @HttpCode(204)
  @ApiOperation({ summary: 'CORS preflight of the third-party web service' })
  @ApiNoContentResponse()
  preflight(): void {}
}
