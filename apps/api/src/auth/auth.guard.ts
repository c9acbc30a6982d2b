import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { roleAllows, SESSION_COOKIE } from '@screenpop/contracts';
import type { FastifyReply } from 'fastify';
import { SupervisorAccess } from '../realtime/supervisor-access.js';
import { ACCESS, type RouteAccess } from './access.decorators.js';
import type { Principal, RequestWithPrincipal } from './principal.js';
import { SessionsService } from './sessions.service.js';

/**
 * Registered once for the whole app. Every route declares @Public() or @RequireRole(role); one that
 * declares neither is closed to everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly supervisorAccess: SupervisorAccess,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (access?.kind === 'public') return true;

    const http = context.switchToHttp();
    const request = http.getRequest<RequestWithPrincipal>();
    const principal = await this.principalOf(request, access?.role === 'supervisor');
    if (!principal || !access) {
      // Supervisor routes also take a bearer token (SUPERVISOR_TOKEN); the others a session cookie only.
      void http
        .getResponse<FastifyReply>()
        .header('WWW-Authenticate', access?.role === 'supervisor' ? 'Bearer' : 'Cookie realm="screenpop"');
      throw new UnauthorizedException(
        access ? 'Unauthorized: sign in first' : 'Unauthorized: this route is closed',
      );
    }
    const role = principal.kind === 'user' ? principal.user.role : 'supervisor';
    if (!roleAllows(role, access.role)) {
      throw new ForbiddenException(`Forbidden: this needs the ${access.role} role; you are ${role}`);
    }
    request.principal = principal;
    return true;
  }

  private async principalOf(
    request: RequestWithPrincipal,
    supervisorTokenAccepted: boolean,
  ): Promise<Principal | null> {
    const session = await this.sessions.resolve(request.cookies?.[SESSION_COOKIE]);
    if (session) return { kind: 'user', ...session };
    // Tools that watch the floor (wallboards, scripts) may use a SUPERVISOR_TOKEN on supervisor routes.
    const bearer = SupervisorAccess.bearerToken(request.headers.authorization);
    if (supervisorTokenAccepted && bearer && this.supervisorAccess.allows(bearer)) {
      return { kind: 'supervisor-token' };
    }
    return null;
  }
}
