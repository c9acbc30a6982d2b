import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { TAuthUser } from '@screenpop/contracts';
import type { FastifyRequest } from 'fastify';

/**
 * Who is calling: a signed-in user, or a tool holding a SUPERVISOR_TOKEN (supervisor routes only,
 * on the tenant it names).
 */
export type Principal = { kind: 'user'; user: TAuthUser; sessionId: string } | { kind: 'supervisor-token' };

export type RequestWithPrincipal = FastifyRequest & { principal?: Principal };

/** The route's caller, as the global guard found them. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);

/** The signed-in user; only on routes that a supervisor token cannot reach (admin routes). */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): TAuthUser => {
  const principal = context.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (principal?.kind !== 'user') throw new Error('CurrentUser used on a route without a signed-in user');
  return principal.user;
});

/** The tenant a supervisor route reads: the user's own, or the one a supervisor token names. */
export function tenantSlugFor(
  principal: Principal | undefined,
  requested: string | undefined,
  fallback: string,
) {
  return principal?.kind === 'user' ? principal.user.tenant.slug : (requested ?? fallback);
}
