import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { type TLiveCall, ZApiError, ZLiveCall } from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import { z } from 'zod';
import { type TLiveCallsQuery, ZLiveCallsQuery } from './dto/live-calls.query.js';
import { RealtimeService } from './realtime.service.js';
import { SupervisorOnly } from './supervisor.guard.js';

/** The live page's first paint; the /realtime namespace's call.updated events keep it current. */
@ApiTags('calls')
@Controller('calls')
export class LiveCallsController {
  constructor(private readonly realtime: RealtimeService) {}

  @Get('live')
  @SupervisorOnly()
  @ApiOperation({
    summary: 'Calls in progress (rang in the last 12 h) and calls ended in the last 10 minutes, newest first',
  })
  @ApiQuery({ name: 'tenant', required: false, description: 'Tenant slug; "default" when absent.' })
  @ApiOkResponse({ standardSchema: z.array(ZLiveCall) })
  @ApiNotFoundResponse({ standardSchema: ZApiError, description: 'Unknown tenant.' })
  live(@Query({ schema: ZLiveCallsQuery }) query: TLiveCallsQuery): Promise<TLiveCall[]> {
    return this.realtime.liveCalls(query.tenant ?? DEFAULT_TENANT_SLUG);
  }
}
