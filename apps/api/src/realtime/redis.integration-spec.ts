import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { xivoSampleRequest } from '@screenpop/contracts';
import { type Database, openDatabase, seedDemo } from '@screenpop/db';
import { openTestDatabase } from '@screenpop/db/testing';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app.js';
import { testConfig } from '../test/test-app.js';
import { connectSupervisor, nextEvent, TEST_SUPERVISOR_TOKEN } from '../test/supervisor-socket.js';
import { ThrottleFactory } from './throttle.js';

const REDIS_URL = process.env.REDIS_URL?.trim();
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim();

// Needs REDIS_URL: the buckets live in Redis.
describe.runIf(REDIS_URL)('throttles shared through Redis', () => {
  const connections: Redis[] = [];

  afterAll(async () => {
    await Promise.all(connections.map((redis) => redis.quit()));
  });

  it('count the messages of every instance against one bucket per key', async () => {
    connections.push(new Redis(REDIS_URL!), new Redis(REDIS_URL!));
    const limits = { messages: 1, perSeconds: 60, burst: 3 };
    const name = `test-${randomBytes(6).toString('hex')}`;
    const [a, b] = connections.map((redis) => new ThrottleFactory(redis).create(name, limits));
    const take = (throttle: typeof a, key = 'socket-1') => throttle!.take(key);
    expect([await take(a), await take(b), await take(a)]).toEqual([true, true, true]);
    expect([await take(b), await take(a)]).toEqual([false, false]);
    expect(await take(b, 'socket-2')).toBe(true);

    // Another name is another bucket; idle buckets expire.
    const other = new ThrottleFactory(connections[0]!).create(`${name}-other`, limits);
    expect(await take(other)).toBe(true);
    const ttl = await connections[0]!.pttl(`screenpop:throttle:${name}:socket-1`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(181_000);
  });
});

// Needs REDIS_URL (socket.io's Redis adapter) and TEST_DATABASE_URL (one PostgreSQL schema for both instances).
describe.runIf(REDIS_URL && TEST_DATABASE_URL)('two instances on one database and one Redis', () => {
  let database: Database;
  let second: Database;
  let apps: NestFastifyApplication[] = [];
  let urls: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase();
    await seedDemo(database.prisma);
    const [row] = await database.prisma.$queryRaw<{ schema: string }[]>`SELECT current_schema() AS schema`;
    second = await openDatabase({ databaseUrl: TEST_DATABASE_URL!, schema: row!.schema });
    const config = testConfig({ REDIS_URL: REDIS_URL!, SUPERVISOR_TOKEN: TEST_SUPERVISOR_TOKEN });
    apps = [await createApp({ config, database }), await createApp({ config, database: second })];
    urls = [];
    for (const app of apps) {
      await app.listen(0, '127.0.0.1');
      urls.push(await app.getUrl());
    }
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await second?.close();
    await database?.close();
  });

  it('tells a supervisor on instance B of a call XucMgt posted to instance A', async () => {
    const supervisor = await connectSupervisor(urls[1]!);
    try {
      const externalCallId = `1725000000.${randomBytes(3).readUIntBE(0, 3)}`;
      const received = nextEvent(
        supervisor,
        'call.updated',
        (call) => call.externalCallId === externalCallId,
      );
      const response = await fetch(`${urls[0]}/api/xivo/thirdparty`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...xivoSampleRequest, callDataCallId: externalCallId }),
      });
      expect(response.status).toBe(200);
      expect(await received).toMatchObject({ externalCallId, source: 'xivo', state: 'ringing' });
    } finally {
      supervisor.close();
    }
  });
});
