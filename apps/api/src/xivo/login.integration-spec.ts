import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { xivoSampleRequest, ZAgentSession } from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG, type PrismaClient, seedDemo } from '@screenpop/db';
import { createAgent, createTenant } from '@screenpop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app.js';
import { connectSupervisor, nextEvent, TEST_SUPERVISOR_TOKEN } from '../test/supervisor-socket.js';

const SAMPLE_TOKEN = xivoSampleRequest.user.token;

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
let tenantId: string;

/** A token like xuc's, unique per test. */
function xucToken(claims: Record<string, unknown> = {}): string {
  const payload = {
    login: 'jbond',
    issuedAt: 1_724_763_370,
    expiresAt: 1_724_766_970,
    nonce: Math.random(),
    ...claims,
  };
  return `eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2lnbmF0dXJl`;
}

function login(params: Record<string, string>) {
  return app.inject({ method: 'GET', url: '/api/xivo/login', query: params });
}

beforeAll(async () => {
  testApp = await startTestApp({ SUPERVISOR_TOKEN: TEST_SUPERVISOR_TOKEN });
  app = testApp.app;
  prisma = testApp.database.prisma;
  await seedDemo(prisma);
  tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: DEFAULT_TENANT_SLUG } })).id;
});

afterAll(() => testApp?.close());

describe('GET /api/xivo/login (THIRD_PARTY_LOGIN_URL)', () => {
  it("records the login with the times of the seed's sample token, and tells the supervisors", async () => {
    await app.listen(0, '127.0.0.1');
    const socket = await connectSupervisor(await app.getUrl());
    try {
      const announced = nextEvent(socket, 'agent.session', (session) => session.login === 'mwebrtc');
      const response = await login({
        login: 'mwebrtc',
        token: SAMPLE_TOKEN,
        xivoccHost: 'xivocc.example.com',
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['access-control-allow-origin']).toBe('*');
      const { ok, sessionId } = response.json() as { ok: boolean; sessionId: string };
      expect(ok).toBe(true);

      const stored = await prisma.agentSession.findUniqueOrThrow({ where: { id: sessionId } });
      expect(stored).toMatchObject({
        tenantId,
        source: 'xivo',
        login: 'mwebrtc',
        host: 'xivocc.example.com',
        agentId: null,
        tokenIssuedAt: new Date('2024-08-27T12:56:10.000Z'),
        tokenExpiresAt: new Date('2024-08-27T13:56:10.000Z'),
      });
      expect(Date.now() - stored.loggedInAt.getTime()).toBeLessThan(60_000);

      expect(ZAgentSession.parse(await announced)).toEqual({
        id: sessionId,
        source: 'xivo',
        login: 'mwebrtc',
        host: 'xivocc.example.com',
        agentName: null,
        loggedInAt: stored.loggedInAt.toISOString(),
        tokenIssuedAt: '2024-08-27T12:56:10.000Z',
        tokenExpiresAt: '2024-08-27T13:56:10.000Z',
      });
    } finally {
      socket.close();
    }
  });

  it('never stores the token, in any column', async () => {
    const token = xucToken();
    expect((await login({ login: 'jbond', token, xivoccHost: 'xuc1' })).statusCode).toBe(200);
    const rows = await prisma.$queryRaw<unknown[]>`SELECT * FROM "AgentSession"`;
    const everything = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(0);
    for (const part of [...token.split('.').slice(1), ...SAMPLE_TOKEN.split('.').slice(1)]) {
      expect(everything).not.toContain(part);
    }
  });

  it('stores the same login reported twice, even at once, once, and answers the same session', async () => {
    const params = { login: 'jbond', token: xucToken(), xivoccHost: 'xuc1' };
    const first = await login(params);
    const again = await Promise.all([login(params), login(params), login(params)]);
    for (const response of again) expect(response.json()).toEqual(first.json());
    expect(await prisma.agentSession.count({ where: { id: first.json().sessionId } })).toBe(1);
    const all = await prisma.agentSession.findMany({ where: { host: 'xuc1', login: 'jbond' } });
    expect(new Set(all.map((session) => session.tokenDigest)).size).toBe(all.length);
  });

  it('links the session to the agent who has that login', async () => {
    const agent = await createAgent(prisma, tenantId, { login: 'hpotter', fullName: 'Harry Potter' });
    const response = await login({ login: 'hpotter', token: xucToken(), xivoccHost: 'xuc2' });
    const stored = await prisma.agentSession.findUniqueOrThrow({ where: { id: response.json().sessionId } });
    expect(stored.agentId).toBe(agent.id);
  });

  it('records the login in the tenant named by ?tenant=, and answers 404 for an unknown one', async () => {
    const other = await createTenant(prisma);
    const response = await login({
      login: 'jbond',
      token: xucToken(),
      xivoccHost: 'xuc3',
      tenant: other.slug,
    });
    expect(response.statusCode).toBe(200);
    const stored = await prisma.agentSession.findUniqueOrThrow({ where: { id: response.json().sessionId } });
    expect(stored.tenantId).toBe(other.id);

    const unknown = await login({ login: 'jbond', token: xucToken(), xivoccHost: 'xuc3', tenant: 'nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('Unknown tenant "nope"');
  });
});

describe('bad input to GET /api/xivo/login', () => {
  it('names each missing parameter, and writes nothing', async () => {
    const before = await prisma.agentSession.count();
    const response = await login({});
    expect(response.statusCode).toBe(400);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const paths = (response.json() as { issues: { path: string }[] }).issues.map((issue) => issue.path);
    expect(paths.sort()).toEqual(['login', 'token', 'xivoccHost']);
    expect((await login({ login: 'jbond', token: xucToken() })).json()).toMatchObject({
      statusCode: 400,
      issues: [{ path: 'xivoccHost' }],
    });
    expect(await prisma.agentSession.count()).toBe(before);
  });

  it('refuses a token that is not a JWT, or whose payload does not decode, naming the token', async () => {
    for (const token of ['not-a-jwt', 'abc.def.ghi', `a.${Buffer.from('[1]').toString('base64url')}.b`]) {
      const response = await login({ login: 'jbond', token, xivoccHost: 'xuc1' });
      expect(response.statusCode, token).toBe(400);
      expect(response.json().issues, token).toEqual([{ path: 'token', message: expect.any(String) }]);
      expect(response.body).not.toContain(token);
    }
  });
});
