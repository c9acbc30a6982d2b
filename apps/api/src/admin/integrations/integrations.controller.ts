import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  type TAuthUser,
  type TIntegration,
  type TIntegrationList,
  type TIntegrationTokenCreate,
  type TIntegrationTokenCreated,
  type TIntegrationTokenItem,
  type TPage,
  type TPageQuery,
  type TPlatform,
  ZApiError,
  ZIntegration,
  ZIntegrationList,
  ZIntegrationTokenCreate,
  ZIntegrationTokenCreated,
  ZIntegrationTokenItem,
  ZIntegrationTokenPage,
  ZIntegrationTokenQuery,
  ZPlatform,
  ZShuttleIntegration,
  ZShuttleIntegrationUpdate,
  ZVodiaIntegration,
  ZVodiaIntegrationUpdate,
  ZXivoIntegration,
  ZXivoIntegrationUpdate,
} from '@screenpop/contracts';
import type { z } from 'zod';
import { RequireRole } from '../../auth/access.decorators.js';
import { CurrentUser } from '../../auth/principal.js';
import { RequestValidationException } from '../../common/request-validation.exception.js';
import { IntegrationsService } from './integrations.service.js';
import { RelayTokensService } from './relay-tokens.service.js';

const BAD_BODY = { standardSchema: ZApiError, description: 'Invalid fields; issues name them.' };
const NO_SECRETS_KEY = {
  standardSchema: ZApiError,
  description:
    'A secret was sent but SECRETS_KEY is not set (nothing saved), or the stored secrets cannot be read ' +
    'with the current key.',
};

/** A path parameter: the pipe would name it "(root)", so the 400 is built here to name `platform`. */
function parsePlatform(value: string): TPlatform {
  const parsed = ZPlatform.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new RequestValidationException([
    { path: 'platform', message: `Unknown platform "${value}": expected ${ZPlatform.options.join(', ')}` },
  ]);
}

@ApiTags('admin')
@Controller('admin/integrations')
export class IntegrationsController {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly tokens: RelayTokensService,
  ) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({
    summary: "Every platform's settings for the tenant",
    description: 'Public settings as stored; for each secret only whether it is set, never its value.',
  })
  @ApiOkResponse({ standardSchema: ZIntegrationList })
  list(@CurrentUser() user: TAuthUser): Promise<TIntegrationList> {
    return this.integrations.list(user);
  }

  @Get('shuttle/tokens')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'The Shuttle relay tokens (never the tokens themselves, only their first characters)',
  })
  @ApiOkResponse({ standardSchema: ZIntegrationTokenPage })
  @ApiBadRequestResponse(BAD_BODY)
  listTokens(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZIntegrationTokenQuery }) query: TPageQuery,
  ): Promise<TPage<TIntegrationTokenItem>> {
    return this.tokens.list(user, query);
  }

  @Post('shuttle/tokens')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Create a Shuttle relay token',
    description: 'The answer is the only place the token appears: it is stored as a digest.',
  })
  @ApiCreatedResponse({ standardSchema: ZIntegrationTokenCreated })
  @ApiBadRequestResponse(BAD_BODY)
  createToken(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZIntegrationTokenCreate }) body: TIntegrationTokenCreate,
  ): Promise<TIntegrationTokenCreated> {
    return this.tokens.create(user, body);
  }

  @Post('shuttle/tokens/:id/revoke')
  @RequireRole('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke a Shuttle relay token',
    description: 'Refused by the intake at once; relays connected with it are disconnected.',
  })
  @ApiOkResponse({ standardSchema: ZIntegrationTokenItem })
  @ApiNotFoundResponse({
    standardSchema: ZApiError,
    description: 'No Shuttle token of this tenant has this id.',
  })
  revokeToken(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<TIntegrationTokenItem> {
    return this.tokens.revoke(user, id);
  }

  @Get(':platform')
  @RequireRole('admin')
  @ApiOperation({ summary: "One platform's settings for the tenant" })
  @ApiParam({ name: 'platform', enum: ZPlatform.options })
  @ApiOkResponse({ standardSchema: ZIntegration })
  @ApiBadRequestResponse({ standardSchema: ZApiError, description: 'Unknown platform.' })
  get(@CurrentUser() user: TAuthUser, @Param('platform') platform: string): Promise<TIntegration> {
    return this.integrations.get(user, parsePlatform(platform));
  }

  @Put('xivo')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Save the XiVO settings',
    description:
      'allowedOrigins: the XucMgt origins (scheme://host[:port]) allowed to call the web service with ' +
      '?tenant=<this tenant>, besides XIVO_ALLOWED_ORIGINS. Applies at once.',
  })
  @ApiOkResponse({ standardSchema: ZXivoIntegration })
  @ApiBadRequestResponse(BAD_BODY)
  updateXivo(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZXivoIntegrationUpdate }) body: z.output<typeof ZXivoIntegrationUpdate>,
  ): Promise<TIntegration> {
    return this.integrations.update(user, 'xivo', body);
  }

  @Put('shuttle')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Save the xCALLY Shuttle settings (relay tokens are managed apart)' })
  @ApiOkResponse({ standardSchema: ZShuttleIntegration })
  @ApiBadRequestResponse(BAD_BODY)
  updateShuttle(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZShuttleIntegrationUpdate }) body: z.output<typeof ZShuttleIntegrationUpdate>,
  ): Promise<TIntegration> {
    return this.integrations.update(user, 'shuttle', body);
  }

  @Put('vodia')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Save the Vodia settings and secrets',
    description:
      'Secrets: a value replaces the stored one, null clears it, a name left out keeps it. They are stored ' +
      'encrypted (SECRETS_KEY) and never answered.',
  })
  @ApiOkResponse({ standardSchema: ZVodiaIntegration })
  @ApiBadRequestResponse(BAD_BODY)
  @ApiConflictResponse(NO_SECRETS_KEY)
  updateVodia(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZVodiaIntegrationUpdate }) body: z.output<typeof ZVodiaIntegrationUpdate>,
  ): Promise<TIntegration> {
    return this.integrations.update(user, 'vodia', body);
  }
}
