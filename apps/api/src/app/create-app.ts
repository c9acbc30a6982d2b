import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { HttpException, HttpStatus } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Database } from '@screenpop/db';
import type { Redis } from 'ioredis';
import { Logger } from 'nestjs-pino';
import { RealtimeIoAdapter, RedisIoAdapter } from '../realtime/realtime-io.adapter.js';
import { REDIS } from '../realtime/redis.js';
import { SHUTTLE_RATE_LIMIT_GROUP } from '../shuttle/shuttle.controller.js';
import { LOGIN_RATE_LIMIT_GROUP } from '../auth/auth.controller.js';
import { XivoTenantOrigins } from '../admin/integrations/xivo-tenant-origins.js';
import { xivoCorsHook } from '../xivo/xivo-cors.js';
import { routeBodyLimitHook } from '../common/route-body-limits.js';
import { AppModule } from './app.module.js';
import { type AppConfig, loadConfig } from './config.js';
import { setupOpenApi } from './openapi.js';
import { API_VERSION } from './version.js';

export interface CreateAppOptions {
  /** Defaults to the configuration read from the environment. */
  config?: AppConfig;
  /** An open, migrated database (tests); by default the app opens the configured one and closes it on shutdown. */
  database?: Database;
}

/** XucMgt's payload is a few hundred bytes; form drafts stay well under this too. */
export const BODY_LIMIT_BYTES = 64 * 1024;

/** The API, initialised but not listening: `main.ts` listens, tests inject requests or listen on a free port. */
export async function createApp(options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const config = options.config ?? loadConfig();
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(config.trustProxy),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.database),
    adapter,
    {
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  app.useWebSocketAdapter(
    config.redisUrl
      ? new RedisIoAdapter(app, { ...config, redisUrl: config.redisUrl })
      : new RealtimeIoAdapter(app, config),
  );
  app.setGlobalPrefix('api');
  app.useSecurityHeaders({
    contentSecurityPolicy: { directives: { frameAncestors: ["'none'"], upgradeInsecureRequests: null } },
    xFrameOptions: { action: 'deny' },
    // Cross-origin reads are governed by CORS (XiVO routes); a reverse proxy owns HSTS.
    crossOriginResourcePolicy: false,
    strictTransportSecurity: false,
  });

  await app.register(cookie);
  const perMinute = config.xivo.rateLimitPerMinute;
  const perGroup: Record<string, number> = {
    [SHUTTLE_RATE_LIMIT_GROUP]: config.shuttle.rateLimitPerMinute,
    [LOGIN_RATE_LIMIT_GROUP]: config.auth.loginRateLimitPerMinute,
  };
  const redis = app.get<Redis | null>(REDIS);
  await app.register(rateLimit, {
    global: false,
    max: (request) => {
      const route = request.routeOptions.config.rateLimit;
      const groupId = route ? route.groupId : undefined;
      return (groupId && perGroup[groupId]) || perMinute;
    },
    timeWindow: 60_000,
    // Several instances count each client together; losing Redis lets requests through rather than losing calls.
    ...(redis ? { redis, nameSpace: 'screenpop:rate-limit:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) =>
      new HttpException(
        `Too many requests: at most ${context.max} per minute from one client. Retry in ${context.after}.`,
        HttpStatus.TOO_MANY_REQUESTS,
      ),
  });
  const fastify = app.getHttpAdapter().getInstance();
  // A text/plain body would reach validation as a string; answering 415 says what to send instead.
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRequest', xivoCorsHook(config.xivo.allowedOrigins, app.get(XivoTenantOrigins)));
  fastify.addHook('onRoute', routeBodyLimitHook);

  setupOpenApi(app, API_VERSION);
  await app.init();
  return app;
}

/** A number is how many proxies in front to trust (fastify's types leave that form out). */
function trustProxyOption(trustProxy: AppConfig['trustProxy']) {
  return typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy;
}
