import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

export const XIVO_PATH_PREFIX = '/api/xivo/';

/**
 * CORS for the XiVO web service only: XucMgt calls it from the agent's browser, cross-origin.
 * Set in an onRequest hook so errors (400, 404, 429) carry the headers too and the browser can read them.
 */
export function xivoCorsHook(allowedOrigins: '*' | readonly string[]) {
  const allowed =
    allowedOrigins === '*' ? null : new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    if (!request.url.startsWith(XIVO_PATH_PREFIX)) return done();
    if (allowed === null) {
      reply.header('Access-Control-Allow-Origin', '*');
    } else {
      reply.header('Vary', 'Origin');
      const origin = request.headers.origin;
      if (origin && allowed.has(origin.toLowerCase())) reply.header('Access-Control-Allow-Origin', origin);
    }
    reply.header('Access-Control-Allow-Methods', 'POST, OPTIONS');
    reply.header('Access-Control-Allow-Headers', 'Origin, X-Requested-With, Content-Type, Accept');
    if (request.method === 'OPTIONS') reply.header('Access-Control-Max-Age', '7200');
    done();
  };
}
