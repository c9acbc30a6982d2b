import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ZAgentSessionList, ZApiError } from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import type { z } from 'zod';
import { RequireRole } from '../auth/access.decorators.js';
import { CurrentPrincipal, type Principal, tenantSlugFor } from '../auth/principal.js';
import { AgentsService } from './agents.service.js';
import {
  AGENT_SESSIONS_DEFAULT_LIMIT,
  AGENT_SESSIONS_MAX_LIMIT,
  type TAgentSessionsQuery,
  ZAgentSessionsQuery,
} from './dto/agent-sessions.query.js';

@ApiTags('agents')
@Controller('agents')
export class AgentsController {
  constructor(private readonly agents: AgentsService) {}

  @Get('sessions')
  @RequireRole('supervisor')
  @ApiOperation({
    summary: "Agents' logins (XiVO THIRD_PARTY_LOGIN_URL), newest first",
    description:
      'Which host each agent logged on, and when. Filter by host; page with limit and cursor (the id of the last session of the previous page).',
  })
  @ApiQuery({ name: 'host', required: false, description: 'Only the logins on this XiVOCC host.' })
  @ApiQuery({
    name: 'limit',
    required: false,
    description: `1 to ${AGENT_SESSIONS_MAX_LIMIT}, default ${AGENT_SESSIONS_DEFAULT_LIMIT}.`,
  })
  @ApiQuery({
    name: 'cursor',
    required: false,
    description: 'The id of the last session of the previous page.',
  })
  @ApiQuery({
    name: 'tenant',
    required: false,
    description:
      'Tenant slug for a supervisor token ("default" when absent); a signed-in user sees their own.',
  })
  @ApiOkResponse({ standardSchema: ZAgentSessionList })
  @ApiBadRequestResponse({ standardSchema: ZApiError, description: 'Bad limit or cursor; issues name them.' })
  @ApiNotFoundResponse({ standardSchema: ZApiError, description: 'Unknown tenant.' })
  async sessions(
    @Query({ schema: ZAgentSessionsQuery }) query: TAgentSessionsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<z.infer<typeof ZAgentSessionList>> {
    return {
      sessions: await this.agents.listSessions(
        tenantSlugFor(principal, query.tenant, DEFAULT_TENANT_SLUG),
        query,
      ),
    };
  }
}
