import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ZApiError } from '@screenpop/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SupervisorAccess } from './supervisor-access.js';

const SUPERVISOR_ONLY = 'screenpop:supervisorOnly';
export const SUPERVISOR_BEARER = 'supervisor';

/** The route is for supervisors: it answers 401 without a supervisor access token. */
export const SupervisorOnly = () =>
  applyDecorators(
    SetMetadata(SUPERVISOR_ONLY, true),
    ApiBearerAuth(SUPERVISOR_BEARER),
    ApiUnauthorizedResponse({
      standardSchema: ZApiError,
      description: 'No supervisor access token, or a wrong one (Authorization: Bearer <SUPERVISOR_TOKEN>).',
    }),
  );

export function isSupervisorOnly(reflector: Reflector, context: ExecutionContext): boolean {
  return (
    reflector.getAllAndOverride<boolean | undefined>(SUPERVISOR_ONLY, [
      context.getHandler(),
      context.getClass(),
    ]) === true
  );
}

/** Registered once for the whole app; only routes marked @SupervisorOnly() are checked. */
@Injectable()
export class SupervisorGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: SupervisorAccess,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http' || !isSupervisorOnly(this.reflector, context)) return true;
    const http = context.switchToHttp();
    const token = SupervisorAccess.bearerToken(http.getRequest<FastifyRequest>().headers.authorization);
    if (this.access.allows(token)) return true;
    void http.getResponse<FastifyReply>().header('WWW-Authenticate', 'Bearer');
    throw new UnauthorizedException(
      token
        ? 'Unauthorized: this supervisor access token is not valid'
        : 'Unauthorized: send a supervisor access token (Authorization: Bearer <token>)',
    );
  }
}
