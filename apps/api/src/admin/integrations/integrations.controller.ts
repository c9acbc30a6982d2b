import { Body, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
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
import { CurrentUser } from '../../auth/principal.js';
import { RequestValidationException } from '../../common/request-validation.exception.js';
import { AdminController, ApiErrors, INVALID_FIELDS } from '../admin-route.decorators.js';
import { IntegrationsService } from './integrations.service.js';
import { RelayTokensService } from './relay-tokens.service.js';

const NO_SECRETS_KEY =
  'A secret was sent but SECRETS_KEY is not set (nothing saved), or the stored secrets cannot be read ' +
  'with the current key.';

/** A path parameter: the pipe would name it "(root)", so the 400 is built here to name `platform`. */
function parsePlatform(value: string): TPlatform {
  const parsed = ZPlatform.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new RequestValidationException([
    { path: 'platform', message: `Unknown platform "${value}": expected ${ZPlatform.options.join(', ')}` },
  ]);
}

@AdminController('admin/integrations')
export class IntegrationsController {
  constructor(
    private readonly integrations: IntegrationsService,
    private readonly tokens: RelayTokensService,
  ) {}

  @Get()
  @ApiOperation({
    summary: "Every platform's settings for the tenant",
    description: 'Public settings as stored; for each secret only whether it is set, never its value.',
  })
  @ApiOkResponse({ standardSchema: ZIntegrationList })
  list(@CurrentUser() user: TAuthUser): Promise<TIntegrationList> {
    return this.integrations.list(user);
  }

  @Get('shuttle/tokens')
  @ApiOperation({
    summary: 'The Shuttle relay tokens (never the tokens themselves, only their first characters)',
  })
  @ApiOkResponse({ standardSchema: ZIntegrationTokenPage })
  @ApiErrors({ badRequest: INVALID_FIELDS })
  listTokens(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZIntegrationTokenQuery }) query: TPageQuery,
  ): Promise<TPage<TIntegrationTokenItem>> {
    return this.tokens.list(user, query);
  }

  @Post('shuttle/tokens')
  @ApiOperation({
    summary: 'Create a Shuttle relay token',
    description: 'The answer is the only place the token appears: it is stored as a digest.',
  })
  @ApiCreatedResponse({ standardSchema: ZIntegrationTokenCreated })
  @ApiErrors({ badRequest: INVALID_FIELDS })
  createToken(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZIntegrationTokenCreate }) body: TIntegrationTokenCreate,
  ): Promise<TIntegrationTokenCreated> {
    return this.tokens.create(user, body);
  }

  @Post('shuttle/tokens/:id/revoke')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Revoke a Shuttle relay token',
    description: 'Refused by the intake at once; relays connected with it are disconnected.',
  })
  @ApiOkResponse({ standardSchema: ZIntegrationTokenItem })
  @ApiErrors({ notFound: 'No Shuttle token of this tenant has this id.' })
  revokeToken(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<TIntegrationTokenItem> {
    return this.tokens.revoke(user, id);
  }

  @Get(':platform')
  @ApiOperation({ summary: "One platform's settings for the tenant" })
  @ApiParam({ name: 'platform', enum: ZPlatform.options })
  @ApiOkResponse({ standardSchema: ZIntegration })
  @ApiErrors({ badRequest: 'Unknown platform.' })
  get(@CurrentUser() user: TAuthUser, @Param('platform') platform: string): Promise<TIntegration> {
    return this.integrations.get(user, parsePlatform(platform));
  }

  @Put('xivo')
  @ApiOperation({
    summary: 'Save the XiVO settings',
    description:
      'allowedOrigins: the XucMgt origins (scheme://host[:port]) allowed to call the web service with ' +
      '?tenant=<this tenant>, besides XIVO_ALLOWED_ORIGINS. Applies at once.',
  })
  @ApiOkResponse({ standardSchema: ZXivoIntegration })
  @ApiErrors({ badRequest: INVALID_FIELDS })
  updateXivo(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZXivoIntegrationUpdate }) body: z.output<typeof ZXivoIntegrationUpdate>,
  ): Promise<TIntegration> {
    return this.integrations.update(user, 'xivo', body);
  }

  @Put('shuttle')
  @ApiOperation({ summary: 'Save the xCALLY Shuttle settings (relay tokens are managed apart)' })
  @ApiOkResponse({ standardSchema: ZShuttleIntegration })
  @ApiErrors({ badRequest: INVALID_FIELDS })
  updateShuttle(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZShuttleIntegrationUpdate }) body: z.output<typeof ZShuttleIntegrationUpdate>,
  ): Promise<TIntegration> {
    return this.integrations.update(user, 'shuttle', body);
  }

  @Put('vodia')
  @ApiOperation({
    summary: 'Save the Vodia settings and secrets',
    description:
      'Secrets: a value replaces the stored one, null clears it, a name left out keeps it. They are stored ' +
      'encrypted (SECRETS_KEY) and never answered.',
  })
  @ApiOkResponse({ standardSchema: ZVodiaIntegration })
  @ApiErrors({ badRequest: INVALID_FIELDS, conflict: NO_SECRETS_KEY })
  updateVodia(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZVodiaIntegrationUpdate }) body: z.output<typeof ZVodiaIntegrationUpdate>,
  ): Promise<TIntegration> {
    return this.integrations.update(user, 'vodia', body);
  }
}
