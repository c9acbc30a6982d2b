import { Logger } from '@nestjs/common';
import type { AppConfig } from '../app/config.js';

/** Where S>>> / R<<< lines go: nowhere unless WS_DEBUG is set. */
export interface WsDebugLogger {
  readonly enabled: boolean;
  log(message: string): void;
}

export function wsDebugLogger(config: Pick<AppConfig, 'realtime'>, context: string): WsDebugLogger {
  const logger = new Logger(context);
  return { enabled: config.realtime.debug, log: (message) => logger.log(message) };
}

/** A message this server sent, like xuc's `Cti.debugMsg`: `S>>> {json}`. */
export function logSent(logger: WsDebugLogger, namespace: string, event: string, payload: unknown): void {
  if (logger.enabled) logger.log(`S>>> ${debugJson(namespace, event, payload)}`);
}

/** A message this server received: `R<<< {json}`. */
export function logReceived(logger: WsDebugLogger, namespace: string, event: string, payload: unknown): void {
  if (logger.enabled) logger.log(`R<<< ${debugJson(namespace, event, payload)}`);
}

const SECRET_KEYS = new Set(['token', 'auth', 'authorization', 'password', 'secret']);

function debugJson(namespace: string, event: string, payload: unknown): string {
  try {
    return JSON.stringify({ namespace, event, payload: redact(payload, 0) });
  } catch {
    return JSON.stringify({ namespace, event, payload: '[unserialisable]' });
  }
}

/** Credentials never reach the logs, at any depth. */
function redact(value: unknown, depth: number): unknown {
  if (depth > 20) return '[too deep]';
  if (typeof value === 'function') return undefined;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    if (value instanceof Date) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SECRET_KEYS.has(key.toLowerCase()) ? '[redacted]' : redact(item, depth + 1),
      ]),
    );
  }
  return value;
}
