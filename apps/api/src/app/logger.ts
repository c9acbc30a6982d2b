import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from './config.js';

/** XucMgt sends the agent's JWT in the body (user.token) and the login URL in the query (?token=). */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body.token',
  'req.body.user.token',
  'req.query.token',
  'body.token',
  'body.user.token',
  'user.token',
  'token',
  '*.token',
];

export function redactUrl(url: string | undefined): string | undefined {
  return url?.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

export function loggerParams(config: Pick<AppConfig, 'logLevel'>): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // One short line per request: no headers, no bodies.
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          url: redactUrl(req.url),
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      // Middleware sees the URL below the mount point; originalUrl is the full one.
      autoLogging: {
        ignore: (req: IncomingMessage & { originalUrl?: string }) =>
          (req.originalUrl ?? req.url) === '/api/health',
      },
      quietReqLogger: true,
    },
  };
}
