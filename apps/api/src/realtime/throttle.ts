import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from './redis.js';
import { type BucketState, refillMs, refillRate, type ThrottleLimits, takeToken } from './token-bucket.js';

export type { ThrottleLimits } from './token-bucket.js';

/** Whether one more message under `key` is let through. */
export interface Throttle {
  take(key: string): Promise<boolean>;
}

/** Milliseconds since the epoch; tests pass their own. */
export const THROTTLE_CLOCK = Symbol('ThrottleClock');
export type Clock = () => number;

const KEY_PREFIX = 'screenpop:throttle:';

/**
 * The token bucket of token-bucket.ts, atomically in Redis so that every instance draws from the same
 * bucket. The clock is Redis's own (TIME), so instances with drifting clocks still agree.
 * KEYS[1] bucket; ARGV: capacity, tokens per millisecond, time to live in milliseconds.
 */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1])
local at = tonumber(bucket[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local allowed = 0
if tokens >= 1 - 1e-9 then
  tokens = math.max(0, tokens - 1)
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return allowed
`;

type RedisWithTake = Redis & { screenpopThrottleTake(key: string, ...args: string[]): Promise<number> };

/** Token buckets (nginx-style, xuc's semantics): in memory, or shared through Redis when REDIS_URL is set. */
@Injectable()
export class ThrottleFactory {
  private readonly logger = new Logger(ThrottleFactory.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Optional() @Inject(THROTTLE_CLOCK) private readonly clock: Clock = Date.now,
  ) {}

  create(name: string, limits: ThrottleLimits): Throttle {
    if (!(limits.messages > 0 && limits.perSeconds > 0 && limits.burst >= 1)) {
      throw new RangeError(`Throttle "${name}": messages, perSeconds and burst must be positive`);
    }
    return this.redis
      ? new RedisThrottle(this.redis, `${KEY_PREFIX}${name}:`, limits, this.logger)
      : new MemoryThrottle(limits, this.clock);
  }
}

export class MemoryThrottle implements Throttle {
  private readonly buckets = new Map<string, BucketState>();
  private readonly idleMs: number;
  private lastSweep: number;

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly clock: Clock = Date.now,
  ) {
    this.idleMs = refillMs(limits);
    this.lastSweep = clock();
  }

  take(key: string): Promise<boolean> {
    const now = this.clock();
    this.sweep(now);
    const { allowed, state } = takeToken(this.buckets.get(key), this.limits, now);
    this.buckets.set(key, state);
    return Promise.resolve(allowed);
  }

  /** Buckets idle long enough to be full again are forgotten: a new one would be the same. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.idleMs) return;
    this.lastSweep = now;
    for (const [key, state] of this.buckets) if (now - state.at >= this.idleMs) this.buckets.delete(key);
  }
}

class RedisThrottle implements Throttle {
  private readonly redis: RedisWithTake;
  private readonly args: string[];
  private failing = false;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    limits: ThrottleLimits,
    private readonly logger: Logger,
  ) {
    if (!('screenpopThrottleTake' in redis)) {
      redis.defineCommand('screenpopThrottleTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
    }
    this.redis = redis as RedisWithTake;
    this.args = [String(limits.burst), String(refillRate(limits)), String(refillMs(limits) + 1000)];
  }

  async take(key: string): Promise<boolean> {
    try {
      const allowed = await this.redis.screenpopThrottleTake(this.prefix + key, ...this.args);
      this.failing = false;
      return allowed === 1;
    } catch (error) {
      // Throttling protects us from floods; losing Redis must not silence every supervisor.
      if (!this.failing) this.logger.warn(`Throttle not applied, Redis failed: ${(error as Error).message}`);
      this.failing = true;
      return true;
    }
  }
}
