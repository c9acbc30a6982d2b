import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';

/** The instance's Redis connection (REDIS_URL), or null when it runs alone. */
export const REDIS = Symbol('Redis');

/** A connection that reports its failures instead of throwing them at whoever holds it. */
export function connectRedis(url: string, name: string): Redis {
  const logger = new Logger(`Redis:${name}`);
  const redis = new Redis(url, { connectionName: `screenpop-${name}`, maxRetriesPerRequest: 2 });
  let lastError = '';
  redis.on('error', (error: Error) => {
    // ioredis retries forever; one line per distinct failure is enough.
    if (error.message !== lastError) logger.error(`Redis: ${error.message}`);
    lastError = error.message;
  });
  redis.on('ready', () => (lastError = ''));
  return redis;
}

/** Closes the connection when the app shuts down, after the servers have stopped using it. */
export async function disconnectRedis(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}

@Injectable()
export class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await disconnectRedis(this.redis);
  }
}
