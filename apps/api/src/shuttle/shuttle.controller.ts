import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type TShuttleAck, ZApiError, ZShuttleAck, ZShuttleEventsRequest } from '@screenpop/contracts';
import { z } from 'zod';
import { RequestValidationException } from '../common/request-validation.exception.js';
import type { IntegrationCredential } from './integration-tokens.service.js';
import { parseShuttleEventsRequest } from './shuttle-event.js';
import { ShuttleRelay, ShuttleRelayOnly } from './shuttle-relay.guard.js';
import { ShuttleService } from './shuttle.service.js';
import { Public } from '../auth/access.decorators.js';

/** The rate limit of this route is SHUTTLE_RATE_LIMIT_PER_MINUTE, not the XiVO web service's. */
export const SHUTTLE_RATE_LIMIT_GROUP = 'shuttle';

const ZShuttleEventsResponse = z.union([ZShuttleAck, z.object({ results: z.array(ZShuttleAck) })]);

/** OpenAPI shows the contract; the route validates by hand to name a batch's bad fields `[index].field`. */
function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return json;
}

@ApiTags('shuttle')
@Public()
@Controller('shuttle')
export class ShuttleController {
  constructor(private readonly shuttle: ShuttleService) {}

  @Post('events')
  @HttpCode(200)
  @ShuttleRelayOnly()
  @RouteConfig({ rateLimit: { groupId: SHUTTLE_RATE_LIMIT_GROUP } })
  @ApiOperation({
    summary: 'xCALLY Shuttle realtime events, over HTTP',
    description:
      'The HTTP form of the /shuttle socket.io namespace, for relays that cannot keep a socket: one event ' +
      '(ringing, up, hangup, abandon, outbound, as xcally-realtime sends them) or a batch of up to 500. ' +
      'Every event of the request is validated before any is stored. Each is stored once however often it ' +
      'is sent, and acknowledged with the commands (AgentCTI, AgentCTINotification, RealtimeCTI) the relay ' +
      'emits to xcally-realtime, in order. A single event is answered with its acknowledgement, a batch ' +
      'with {"results": [...]} in the order sent.',
  })
  @ApiBody({ schema: openApiSchema(ZShuttleEventsRequest) })
  @ApiOkResponse({ standardSchema: ZShuttleEventsResponse, description: 'Stored; what to emit to Shuttle.' })
  @ApiBadRequestResponse({
    standardSchema: ZApiError,
    description: 'An invalid event; issues name the fields (`[2].peer` in a batch). Nothing was stored.',
  })
  @ApiTooManyRequestsResponse({
    standardSchema: ZApiError,
    description: 'Too many requests from this client.',
  })
  async events(
    @ShuttleRelay() relay: IntegrationCredential,
    @Body() body: unknown,
  ): Promise<TShuttleAck | { results: TShuttleAck[] }> {
    const parsed = parseShuttleEventsRequest(body);
    if (!parsed.ok) throw new RequestValidationException(parsed.issues);
    const results = await this.shuttle.receiveAll(relay.tenantId, parsed.events);
    return parsed.batch ? { results } : results[0]!;
  }
}
