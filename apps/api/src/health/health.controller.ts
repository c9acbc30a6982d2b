import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { type THealthResponse, ZHealthResponse } from '@screenpop/contracts';
import type { FastifyReply } from 'fastify';
import { HealthService } from './health.service.js';
import { Public } from '../auth/access.decorators.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @ApiOperation({ summary: 'Liveness and database reachability' })
  @ApiOkResponse({ standardSchema: ZHealthResponse })
  @ApiServiceUnavailableResponse({
    standardSchema: ZHealthResponse,
    description: 'The database does not answer.',
  })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<THealthResponse> {
    const health = await this.health.check();
    if (health.status !== 'ok') void reply.status(503);
    return health;
  }
}
