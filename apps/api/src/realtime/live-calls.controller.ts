import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type TLiveCall, ZApiError, ZLiveCall } from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import { z } from 'zod';
import { type TLiveCallsQuery, ZLiveCallsQuery } from './dto/live-calls.query.js';
import { RealtimeService } from './realtime.service.js';
import { RequireRole } from '../auth/access.decorators.js';
import { CurrentPrincipal, type Principal, tenantSlugFor } from '../auth/principal.js';

/** The live page's first paint; the /realtime namespace's call.updated events keep it current. */
@ApiTags('calls')
@Controller('calls')
export class LiveCallsController {
  constructor(private readonly realtime: RealtimeService) {}

  @Get('live')
  @RequireRole('supervisor')
  @ApiOperation({
    summary: 'Calls in progress (rang in the last 12 h) and calls ended in the last 10 minutes, newest first',
  })
  @ApiQuery({
    name: 'tenant',
    required: false,
    description:
      'Tenant slug for a supervisor token ("default" when absent); a signed-in user sees their own.',
  })
  @ApiOkResponse({ standardSchema: z.array(ZLiveCall) })
  @ApiNotFoundResponse({ standardSchema: ZApiError, description: 'Unknown tenant.' })
  live(
    @Query({ schema: ZLiveCallsQuery }) query: TLiveCallsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TLiveCall[]> {
    return this.realtime.liveCalls(tenantSlugFor(principal, query.tenant, DEFAULT_TENANT_SLUG));
  }
}
