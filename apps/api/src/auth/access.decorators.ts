import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type TUserRole, ZApiError } from '@screenpop/contracts';

export const ACCESS = 'screenpop:access';
export const SESSION_SECURITY = 'session';
export const SUPERVISOR_BEARER = 'supervisor';

/** What a route declares; a route that declares nothing answers 401 to everyone (closed by default). */
export type RouteAccess = { kind: 'public' } | { kind: 'role'; role: TUserRole };

/**
 * Anyone may call the route: the platforms' intakes (they authenticate in their own way), the
 * per-call form (its unguessable id is the credential), health, sign-in.
 */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies RouteAccess);

/** Signed-in users with this role or a higher one (agent < supervisor < admin). */
export const RequireRole = (role: TUserRole) =>
  applyDecorators(
    SetMetadata(ACCESS, { kind: 'role', role } satisfies RouteAccess),
    ApiCookieAuth(SESSION_SECURITY),
    ...(role === 'supervisor' ? [ApiBearerAuth(SUPERVISOR_BEARER)] : []),
    ApiUnauthorizedResponse({ standardSchema: ZApiError, description: 'Not signed in.' }),
    ApiForbiddenResponse({ standardSchema: ZApiError, description: `Needs the ${role} role.` }),
  );
