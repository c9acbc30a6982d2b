import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  type TWallboardQuery,
  type TWallboardSnapshot,
  ZApiError,
  ZWallboardQuery,
  ZWallboardSnapshot,
} from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import { RequireRole } from '../auth/access.decorators.js';
import { CurrentPrincipal, type Principal, tenantSlugFor } from '../auth/principal.js';
import { WallboardService } from './wallboard.service.js';

/** The wallboard's first paint; the /realtime namespace's wallboard.updated events keep it current. */
@ApiTags('reports')
@Controller('wallboard')
export class WallboardController {
  constructor(private readonly wallboard: WallboardService) {}

  @Get()
  @RequireRole('supervisor')
  @ApiOperation({
    summary:
      "The wallboard: calls ringing, talking and in wrap-up, today's figures per queue, and the agents' states",
  })
  @ApiQuery({
    name: 'tenant',
    required: false,
    description:
      'Tenant slug for a supervisor token ("default" when absent); a signed-in user sees their own.',
  })
  @ApiOkResponse({ standardSchema: ZWallboardSnapshot })
  @ApiNotFoundResponse({ standardSchema: ZApiError, description: 'Unknown tenant.' })
  snapshot(
    @Query({ schema: ZWallboardQuery }) query: TWallboardQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TWallboardSnapshot> {
    return this.wallboard.forSlug(tenantSlugFor(principal, query.tenant, DEFAULT_TENANT_SLUG));
  }
}
