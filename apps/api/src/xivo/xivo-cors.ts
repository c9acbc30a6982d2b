import { DEFAULT_TENANT_SLUG } from '@screenpop/db';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const XIVO_PATH_PREFIX = '/api/xivo/';
const MAX_SLUG_LENGTH = 100;

/** The origins a tenant allows in its own settings (lower case), besides XIVO_ALLOWED_ORIGINS. */
export interface TenantOriginsSource {
  allowed(tenantSlug: string): Promise<ReadonlySet<string>>;
}

/**
 * CORS for the XiVO web service only: XucMgt calls it from the agent's browser, cross-origin.
 * Set in an onRequest hook so errors (400, 404, 429) carry the headers too and the browser can read them.
 * An origin is allowed by XIVO_ALLOWED_ORIGINS, or by the settings of the tenant the request names (`?tenant=`).
 */
export function xivoCorsHook(allowedOrigins: '*' | readonly string[], tenantOrigins?: TenantOriginsSource) {
  const allowed =
    allowedOrigins === '*' ? null : new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!request.url.startsWith(XIVO_PATH_PREFIX)) return;
    if (allowed === null) {
      reply.header('Access-Control-Allow-Origin', '*');
    } else {
      reply.header('Vary', 'Origin');
      const origin = request.headers.origin;
      if (origin && (allowed.has(origin.toLowerCase()) || (await allowedByTenant(request, origin)))) {
        reply.header('Access-Control-Allow-Origin', origin);
      }
    }
    reply.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
    reply.header('Access-Control-Allow-Headers', 'Origin, X-Requested-With, Content-Type, Accept');
    if (request.method === 'OPTIONS') reply.header('Access-Control-Max-Age', '7200');
  };

  async function allowedByTenant(request: FastifyRequest, origin: string): Promise<boolean> {
    if (!tenantOrigins) return false;
    const tenant = (request.query as Record<string, unknown> | undefined)?.['tenant'];
    const slug = typeof tenant === 'string' && tenant.trim() ? tenant.trim() : DEFAULT_TENANT_SLUG;
    if (slug.length > MAX_SLUG_LENGTH) return false;
    try {
      return (await tenantOrigins.allowed(slug)).has(origin.toLowerCase());
    } catch (error) {
      // The call itself will report the database; CORS falls back to XIVO_ALLOWED_ORIGINS alone.
      request.log.warn({ err: error }, "Could not read the tenant's allowed origins");
      return false;
    }
  }
}
