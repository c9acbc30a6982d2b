import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TAgentSession } from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG, type PrismaClient, seedDemo } from '@screenpop/db';
import { createAgent, createTenant } from '@screenpop/db/testing';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { TEST_SUPERVISOR_TOKEN } from '../test/supervisor-socket.js';

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
let tenantId: string;

const AUTH = { authorization: `Bearer ${TEST_SUPERVISOR_TOKEN}` };

function sessions(query: Record<string, string> = {}, headers: Record<string, string> = AUTH) {
  return app.inject({ method: 'GET', url: '/api/agents/sessions', query, headers });
}

async function storeSession(host: string, minutesAgo: number, overrides: { agentId?: string } = {}) {
  return prisma.agentSession.create({
    data: {
      tenantId,
      source: 'xivo',
      login: `login-${minutesAgo}`,
      host,
      loggedInAt: new Date(Date.now() - minutesAgo * 60_000),
      tokenDigest: randomBytes(32).toString('hex'),
      ...overrides,
    },
  });
}

beforeAll(async () => {
  testApp = await startTestApp({ SUPERVISOR_TOKEN: TEST_SUPERVISOR_TOKEN });
  app = testApp.app;
  prisma = testApp.database.prisma;
  await seedDemo(prisma);
  tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: DEFAULT_TENANT_SLUG } })).id;
  const agent = await createAgent(prisma, tenantId, { fullName: 'Jane Doe' });
  await storeSession('xuc-a', 30);
  await storeSession('xuc-b', 20, { agentId: agent.id });
  await storeSession('xuc-a', 10);
  await storeSession('xuc-a', 40);
});

afterAll(() => testApp?.close());

describe('GET /api/agents/sessions', () => {
  it('lists the logins newest first, with the agent when known', async () => {
    const response = await sessions();
    expect(response.statusCode).toBe(200);
    const list = (response.json() as { sessions: TAgentSession[] }).sessions;
    expect(list.map((session) => session.login)).toEqual(['login-10', 'login-20', 'login-30', 'login-40']);
    expect(list[1]).toMatchObject({ host: 'xuc-b', agentName: 'Jane Doe', source: 'xivo' });
    expect(list[0]).toMatchObject({ agentName: null, tokenIssuedAt: null, tokenExpiresAt: null });
  });

  it('filters by host and pages with limit and cursor', async () => {
    const onA = (await sessions({ host: 'xuc-a' })).json().sessions as TAgentSession[];
    expect(onA.map((session) => session.login)).toEqual(['login-10', 'login-30', 'login-40']);

    const first = (await sessions({ host: 'xuc-a', limit: '2' })).json().sessions as TAgentSession[];
    expect(first.map((session) => session.login)).toEqual(['login-10', 'login-30']);
    const next = (await sessions({ host: 'xuc-a', limit: '2', cursor: first[1]!.id })).json()
      .sessions as TAgentSession[];
    expect(next.map((session) => session.login)).toEqual(['login-40']);
  });

  it('names a bad limit or cursor, and answers 404 for an unknown tenant', async () => {
    const bad = await sessions({ limit: '0', cursor: 'yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .issues.map((issue: { path: string }) => issue.path)
        .sort(),
    ).toEqual(['cursor', 'limit']);
    expect((await sessions({ tenant: 'nope' })).statusCode).toBe(404);
  });

  it("shows only the tenant's own sessions", async () => {
    const other = await createTenant(prisma);
    expect((await sessions({ tenant: other.slug })).json()).toEqual({ sessions: [] });
  });

  it('answers 401 without a supervisor access token, or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong-token' },
      { authorization: TEST_SUPERVISOR_TOKEN },
    ];
    for (const headers of attempts) {
      const response = await sessions({}, headers);
      expect(response.statusCode).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
      expect(response.json()).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: expect.stringMatching(/^Unauthorized: /),
      });
    }
  });
});
