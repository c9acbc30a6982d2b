import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../app/config.js';
import { connectRedis, disconnectRedis } from './redis.js';

// The socket.io copy @nestjs/platform-socket.io pins, which may differ from the app's own.
type Server = ReturnType<IoAdapter['createIOServer']>;
type ServerOptions = NonNullable<Parameters<IoAdapter['createIOServer']>[1]>;

/** socket.io with the browser origins allowed to open the supervisors' socket. */
export class RealtimeIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly config: Pick<AppConfig, 'realtime'>,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    return super.createIOServer(port, {
      ...options,
      cors: { origin: this.config.realtime.allowedOrigins, credentials: false },
    } as ServerOptions);
  }
}

/** Several instances: rooms and broadcasts go through Redis pub/sub, so a supervisor on any instance hears every event. */
export class RedisIoAdapter extends RealtimeIoAdapter {
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(app: INestApplicationContext, config: Pick<AppConfig, 'realtime'> & { redisUrl: string }) {
    super(app, config);
    this.pub = connectRedis(config.redisUrl, 'socket.io-pub');
    this.sub = this.pub.duplicate();
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options);
    server.adapter(createAdapter(this.pub, this.sub));
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await Promise.all([disconnectRedis(this.pub), disconnectRedis(this.sub)]);
  }
}
