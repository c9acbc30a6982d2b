import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { xivoSampleRequest } from '@screenpop/contracts';
import { type PrismaClient, seedDemo } from '@screenpop/db';
import { createFormTemplate, createRule, createTenant } from '@screenpop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app.js';
import { startTestApp, TEST_WEB_URL, testConfig, type TestApp } from '../test/test-app.js';

const FORM_URL = new RegExp(`^${TEST_WEB_URL.replace(/\./g, '\\.')}/thirdparty/open/[A-Za-z0-9_-]{24}$`);
const TOKEN = xivoSampleRequest.user.token;

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
let callSeq = 0;

/** The seed's sample, as another call (a fresh callDataCallId) unless told otherwise. */
function sampleCall(overrides: Record<string, unknown> = {}) {
  callSeq += 1;
  return { ...xivoSampleRequest, callDataCallId: `1724763376.${1000 + callSeq}`, ...overrides };
}

function post(payload: unknown, query = '') {
  return app.inject({ method: 'POST', url: `/api/xivo/thirdparty${query}`, payload: payload as object });
}

async function countRows() {
  const [calls, events, forms, agents, queues] = await Promise.all([
    prisma.call.count(),
    prisma.callEvent.count(),
    prisma.formSession.count(),
    prisma.agent.count(),
    prisma.queue.count(),
  ]);
  return { calls, events, forms, agents, queues };
}

beforeAll(async () => {
  testApp = await startTestApp();
  app = testApp.app;
  prisma = testApp.database.prisma;
  await seedDemo(prisma);
});

afterAll(() => testApp?.close());

describe('POST /api/xivo/thirdparty', () => {
  it("answers the seed's sample as the seed does, with an absolute form URL", async () => {
    const response = await post(xivoSampleRequest);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const answer = response.json();
    expect(answer).toEqual({
      action: 'open',
      event: 'EventReleased',
      url: expect.stringMatching(FORM_URL),
      autopause: true,
      autopauseReason: 'backoffice',
      title: 'Third Party Sample',
    });

    const formId = answer.url.split('/').pop();
    const form = await prisma.formSession.findUniqueOrThrow({
      where: { id: formId },
      include: { call: { include: { agent: true, queue: true } }, template: true },
    });
    expect(form).toMatchObject({
      status: 'pending',
      title: 'Third Party Sample',
      autopause: true,
      autopauseReason: 'backoffice',
    });
    expect(form.template?.name).toBe('Call report');
    expect(form.call).toMatchObject({
      source: 'xivo',
      externalCallId: '1724763376.29',
      caller: '1013',
      callerNormalized: '1013',
      callee: '1023',
      direction: 'inbound',
      userData: xivoSampleRequest.userData,
    });
    expect(form.call.agent).toMatchObject({ externalId: '29', userId: '54', fullName: 'James Bond' });
    expect(form.call.queue).toMatchObject({
      externalId: '2',
      name: 'edition',
      displayName: 'Edition',
      number: '3001',
    });
  });

  it("follows the tenant's rules in priority order: a sales queue call pops up the sales form", async () => {
    const response = await post(
      sampleCall({ queue: { id: 7, name: 'sales', displayName: 'Sales', number: '3002' } }),
    );
    expect(response.json()).toEqual({
      action: 'popup',
      event: 'EventEstablished',
      url: expect.stringMatching(FORM_URL),
      autopause: false,
      multitab: true,
      title: 'Sales: 1013',
    });
  });

  it('stores the same POST once and answers the same form URL', async () => {
    const call = sampleCall();
    const first = (await post(call)).json();
    const before = await countRows();
    const second = await post(call);
    expect(second.statusCode).toBe(200);
    expect(second.json().url).toBe(first.url);
    expect(await countRows()).toEqual(before);
  });

  it('keeps one call, one event and one form when the same POST arrives concurrently', async () => {
    const call = sampleCall();
    const responses = await Promise.all(Array.from({ length: 6 }, () => post(call)));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    expect(new Set(responses.map((r) => r.json().url)).size).toBe(1);
    const stored = await prisma.call.findMany({
      where: { externalCallId: call.callDataCallId },
      include: { events: true, formSession: true },
    });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.events).toHaveLength(1);
    expect(stored[0]!.formSession).not.toBeNull();
  });

  it('gives the call ringing on a second agent the same form, and records both events', async () => {
    const call = sampleCall();
    const first = (await post(call)).json();
    const secondAgent = {
      ...call,
      user: { ...call.user, agentId: 31, userId: 56, fullName: 'Eve Moneypenny' },
    };
    const second = (await post(secondAgent)).json();
    expect(second.url).toBe(first.url);
    const stored = await prisma.call.findFirstOrThrow({
      where: { externalCallId: call.callDataCallId },
      include: { events: true, agent: true },
    });
    expect(stored.events).toHaveLength(2);
    expect(stored.agent?.fullName).toBe('Eve Moneypenny');
  });

  it('writes an agent and a queue again when they were deleted meanwhile', async () => {
    await post(sampleCall());
    await prisma.agent.deleteMany({ where: { externalId: '29' } });
    await prisma.queue.deleteMany({ where: { externalId: '2' } });
    const call = sampleCall();
    const response = await post(call);
    expect(response.statusCode).toBe(200);
    const stored = await prisma.call.findFirstOrThrow({
      where: { externalCallId: call.callDataCallId },
      include: { agent: true, queue: true },
    });
    expect(stored.agent?.fullName).toBe('James Bond');
    expect(stored.queue?.name).toBe('edition');
  });

  it('accepts a call that is not a queue call', async () => {
    const { queue: _queue, userData: _userData, ...direct } = sampleCall();
    const response = await post(direct);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ action: 'open', url: expect.stringMatching(FORM_URL) });
    const call = await prisma.call.findFirstOrThrow({ where: { externalCallId: direct.callDataCallId } });
    expect(call).toMatchObject({ queueId: null, direction: 'unknown', userData: null });
  });

  it('never stores the agent token', async () => {
    const call = sampleCall();
    await post(call);
    const event = await prisma.callEvent.findFirstOrThrow({
      where: { call: { externalCallId: call.callDataCallId } },
    });
    expect(JSON.stringify(event.payload)).not.toContain(TOKEN);
    expect(event.payload).toMatchObject({
      user: { agentId: 29, fullName: 'James Bond' },
      callDataCallId: call.callDataCallId,
    });
    const rows = await prisma.$queryRaw<{ hits: number }[]>`
      SELECT (SELECT count(*) FROM "CallEvent" WHERE "payload"::text LIKE ${'%' + TOKEN.slice(0, 40) + '%'})::int
           + (SELECT count(*) FROM "Agent" WHERE row_to_json("Agent")::text LIKE ${'%' + TOKEN.slice(0, 40) + '%'})::int
           + (SELECT count(*) FROM "Call" WHERE row_to_json("Call")::text LIKE ${'%' + TOKEN.slice(0, 40) + '%'})::int AS hits`;
    expect(rows[0]?.hits).toBe(0);
  });

  it('answers 404 for an unknown tenant, and chooses the tenant from ?tenant=', async () => {
    const unknown = await post(sampleCall(), '?tenant=nope');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'Unknown tenant "nope"' });

    await createTenant(prisma, { slug: 'quiet' });
    const quiet = await post(sampleCall(), '?tenant=quiet');
    expect(quiet.statusCode).toBe(200);
    expect(quiet.json()).toEqual({ action: 'none' });
  });

  it('answers {"action":"none"} when no rule matches, or the matching rule says none, and still records the call', async () => {
    const tenant = await createTenant(prisma, { slug: 'sales-only' });
    const template = await createFormTemplate(prisma, tenant.id);
    await createRule(prisma, tenant.id, {
      priority: 1,
      match: { queues: ['sales'] },
      action: 'open',
      formTemplateId: template.id,
    });
    await createRule(prisma, tenant.id, { priority: 2, match: { queues: ['support'] }, action: 'none' });

    const noMatch = sampleCall();
    expect((await post(noMatch, '?tenant=sales-only')).json()).toEqual({ action: 'none' });
    const support = sampleCall({ queue: { id: 9, name: 'support', number: '3009' } });
    expect((await post(support, '?tenant=sales-only')).json()).toEqual({ action: 'none' });

    const recorded = await prisma.call.findMany({
      where: { tenantId: tenant.id },
      include: { events: true, formSession: true },
    });
    expect(recorded).toHaveLength(2);
    expect(recorded.every((call) => call.events.length === 1 && call.formSession === null)).toBe(true);
  });

  it('opens an external URL rendered from the rule, each value URL-encoded', async () => {
    const tenant = await createTenant(prisma, { slug: 'external' });
    await createRule(prisma, tenant.id, {
      priority: 1,
      action: 'popup',
      event: 'EventRinging',
      urlTemplate:
        'https://crm.example.com/pop?who={{user.fullName}}&q={{queue.displayName}}&dst={{userData.USR_XIVO_DSTNUM}}&n={{userData.NOTE}}',
      titleTemplate: '{{queue.displayName}} – {{caller}}',
    });
    const call = sampleCall({ userData: { ...xivoSampleRequest.userData, NOTE: 'a&b/c é' } });
    expect((await post(call, '?tenant=external')).json()).toEqual({
      action: 'popup',
      event: 'EventRinging',
      url: 'https://crm.example.com/pop?who=James%20Bond&q=Edition&dst=3001&n=a%26b%2Fc%20%C3%A9',
      title: 'Edition – 1013',
    });
    expect(await prisma.formSession.count({ where: { tenantId: tenant.id } })).toBe(0);
  });
});

describe('bad input to POST /api/xivo/thirdparty', () => {
  it('names a missing callDataCallId, and writes nothing', async () => {
    const before = await countRows();
    const { callDataCallId: _id, ...missing } = sampleCall();
    const response = await post(missing);
    expect(response.statusCode).toBe(400);
    const error = response.json();
    expect(error).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(error.issues.map((issue: { path: string }) => issue.path)).toEqual(['callDataCallId']);
    expect(await countRows()).toEqual(before);
  });

  it('names each field of the wrong type', async () => {
    const before = await countRows();
    const response = await post(
      sampleCall({
        user: { ...xivoSampleRequest.user, agentId: 'double-o-seven' },
        queue: { id: 2, name: 42 },
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .issues.map((issue: { path: string }) => issue.path)
        .sort(),
    ).toEqual(['queue.name', 'user.agentId']);
    expect(await countRows()).toEqual(before);
  });

  it('refuses malformed JSON with a 400 in the same shape', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/xivo/thirdparty',
      headers: { 'content-type': 'application/json' },
      payload: '{"user": {"userId": 54,',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      message: 'The body is not valid JSON',
    });
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('refuses an empty body and a body that is not JSON', async () => {
    const empty = await app.inject({ method: 'POST', url: '/api/xivo/thirdparty' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues[0].path).toBe('(root)');

    const text = await app.inject({
      method: 'POST',
      url: '/api/xivo/thirdparty',
      headers: { 'content-type': 'text/plain' },
      payload: 'caller=1013',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json()).toMatchObject({
      statusCode: 415,
      message: 'Unsupported content type: send application/json',
    });
  });

  it('refuses a body over 64 KiB', async () => {
    const response = await post(sampleCall({ userData: { BLOB: 'x'.repeat(70 * 1024) } }));
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });
});

describe('CORS and headers', () => {
  it('answers the preflight with 204 and the headers XucMgt needs', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/api/xivo/thirdparty',
      headers: { origin: 'https://xuc.example.org', 'access-control-request-method': 'POST' },
    });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-methods']).toBe('POST, OPTIONS');
    expect(response.headers['access-control-allow-headers']).toBe(
      'Origin, X-Requested-With, Content-Type, Accept',
    );
  });

  it('sends the CORS headers on the answer itself, and keeps them off other routes', async () => {
    const answer = await post(sampleCall());
    expect(answer.headers['access-control-allow-origin']).toBe('*');
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('forbids framing and sniffing of API responses', async () => {
    const response = await post(sampleCall());
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('an intake limited to listed origins and a few calls a minute', () => {
  let limited: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    limited = await createApp({
      config: testConfig({
        XIVO_ALLOWED_ORIGINS: 'https://xuc.example.org, https://xuc2.example.org',
        XIVO_RATE_LIMIT_PER_MINUTE: '3',
      }),
      database: testApp.database,
    });
    await limited.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await limited.getUrl();
  });

  afterAll(() => limited?.close());

  it('allows a listed origin by name, over real HTTP', async () => {
    const response = await fetch(`${baseUrl}/api/xivo/thirdparty`, {
      method: 'OPTIONS',
      headers: { origin: 'https://xuc2.example.org', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://xuc2.example.org');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('gives an origin that is not listed no allow-origin', async () => {
    const response = await fetch(`${baseUrl}/api/xivo/thirdparty`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 429 with a clear message past the limit, CORS headers included', async () => {
    const send = () =>
      fetch(`${baseUrl}/api/xivo/thirdparty`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://xuc.example.org' },
        body: JSON.stringify(sampleCall()),
      });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send()).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://xuc.example.org');
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await refused.json()) as { statusCode: number; message: string };
    expect(body.statusCode).toBe(429);
    expect(body.message).toMatch(/^Too many requests: at most 3 per minute from one client\. Retry in /);
  });
});
