import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  type TAgentHistory,
  type TAgentHistoryQuery,
  type TAuthUser,
  ZAgentHistory,
  ZAgentHistoryQuery,
} from '@screenpop/contracts';
import { RequireRole } from '../../auth/access.decorators.js';
import { CurrentUser } from '../../auth/principal.js';
import { CallHistoryService } from './call-history.service.js';

/** A signed-in user's own calls, as xuc's getAgentCallHistory(days) gives an agent theirs. */
@ApiTags('reports')
@Controller('me')
export class MyCallsController {
  constructor(private readonly history: CallHistoryService) {}

  @Get('calls')
  @RequireRole('agent')
  @ApiOperation({
    summary:
      "The signed-in user's calls of the last days: those of the platform agents their identities name (XiVO login, Shuttle agent number)",
  })
  @ApiQuery({
    name: 'days',
    required: false,
    description: 'How many days, today included (1–90, default 7).',
  })
  @ApiOkResponse({ standardSchema: ZAgentHistory })
  calls(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZAgentHistoryQuery }) query: TAgentHistoryQuery,
  ): Promise<TAgentHistory> {
    return this.history.userHistory(user.tenant.id, user.id, query);
  }
}
