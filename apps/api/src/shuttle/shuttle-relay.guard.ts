import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ZApiError } from '@screenpop/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SupervisorAccess } from '../realtime/supervisor-access.js';
import {
  type IntegrationCredential,
  IntegrationTokenRefused,
  IntegrationTokensService,
} from './integration-tokens.service.js';

export const SHUTTLE_RELAY_BEARER = 'shuttle-relay';

type RelayRequest = FastifyRequest & { shuttleRelay?: IntegrationCredential };

/** Lets through requests bearing a Shuttle integration token; answers 401 otherwise. */
@Injectable()
export class ShuttleRelayGuard implements CanActivate {
  constructor(private readonly tokens: IntegrationTokensService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<RelayRequest>();
    try {
      request.shuttleRelay = await this.tokens.authenticate(
        'shuttle',
        SupervisorAccess.bearerToken(request.headers.authorization),
      );
      return true;
    } catch (error) {
      if (!(error instanceof IntegrationTokenRefused)) throw error;
      void http.getResponse<FastifyReply>().header('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException(error.message);
    }
  }
}

/** The route is for Shuttle relays: Authorization: Bearer <integration token>. */
export const ShuttleRelayOnly = () =>
  applyDecorators(
    UseGuards(ShuttleRelayGuard),
    ApiBearerAuth(SHUTTLE_RELAY_BEARER),
    ApiUnauthorizedResponse({
      standardSchema: ZApiError,
      description: 'No integration token, or an unknown, revoked or non-Shuttle one.',
    }),
  );

/** The relay the guard let through. */
export const ShuttleRelay = createParamDecorator(
  (_data: unknown, context: ExecutionContext): IntegrationCredential => {
    const credential = context.switchToHttp().getRequest<RelayRequest>().shuttleRelay;
    if (!credential) throw new UnauthorizedException('Unauthorized: no Shuttle relay on this request');
    return credential;
  },
);
