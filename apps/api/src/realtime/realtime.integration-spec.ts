import { Logger } from '@nestjs/common';
import { THROTTLE_ERROR, xivoSampleRequest, ZFormCompletedNotice, ZLiveCall } from '@screenpop/contracts';
import { seedDemo } from '@screenpop/db';
import { createCall, createTenant } from '@screenpop/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { startTestApp, TEST_WEB_URL, type TestApp } from '../test/test-app.js';
import {
  connectSupervisor,
  emitWithAck,
  nextEvent,
  type SupervisorClient,
  TEST_SUPERVISOR_TOKEN,
} from '../test/supervisor-socket.js';

let testApp: TestApp;
let baseUrl: string;
let callSeq = 0;
const sockets: SupervisorClient[] = [];

async function supervisor(auth?: Record<string, unknown>): Promise<SupervisorClient> {
  const socket = await connectSupervisor(baseUrl, auth);
  sockets.push(socket);
  return socket;
}

async function postCall(app: TestApp['app']): Promise<{ externalCallId: string; formId: string }> {
  callSeq += 1;
  const externalCallId = `1724900000.${callSeq}`;
  const response = await app.inject({
    method: 'POST',
    url: '/api/xivo/thirdparty',
    payload: { ...xivoSampleRequest, callDataCallId: externalCallId },
  });
  expect(response.statusCode).toBe(200);
  return { externalCallId, formId: (response.json() as { url: string }).url.split('/').pop()! };
}

async function listen(app: TestApp['app']): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return app.getUrl();
}

beforeAll(async () => {
  testApp = await startTestApp({ SUPERVISOR_TOKEN: `other-token-abcdefghijkl,${TEST_SUPERVISOR_TOKEN}` });
  await seedDemo(testApp.database.prisma);
  baseUrl = await listen(testApp.app);
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
  vi.restoreAllMocks();
});

afterAll(() => testApp?.close());

describe('the supervisors namespace /realtime', () => {
  it('refuses a connection without a token, or with a wrong one, saying why', async () => {
    await expect(connectSupervisor(baseUrl, {})).rejects.toThrow(
      'Unauthorized: sign in, or pass a supervisor access token as auth.token',
    );
    await expect(connectSupervisor(baseUrl, { token: 'not-the-supervisor-token' })).rejects.toThrow(
      'Unauthorized: this supervisor access token is not valid',
    );
    await expect(
      connectSupervisor(baseUrl, { token: TEST_SUPERVISOR_TOKEN, tenant: 'no-such-tenant' }),
    ).rejects.toThrow('Unknown tenant "no-such-tenant"');
  });

  it('sends call.updated when XucMgt posts a call, to the supervisors of that tenant only', async () => {
    const watching = await supervisor();
    const otherTenant = await createTenant(testApp.database.prisma);
    const elsewhere = await supervisor({ token: TEST_SUPERVISOR_TOKEN, tenant: otherTenant.slug });
    const strayEvents: unknown[] = [];
    elsewhere.on('call.updated', (call) => strayEvents.push(call));

    const received: unknown[] = [];
    watching.on('call.updated', (call) => received.push(call));
    const { externalCallId } = await postCall(testApp.app);
    await vi.waitFor(() => expect(received).toHaveLength(1));
    const [call] = received;
    expect(ZLiveCall.parse(call)).toMatchObject({
      source: 'xivo',
      externalCallId,
      caller: '1013',
      callee: '1023',
      direction: 'inbound',
      state: 'ringing',
      queueName: 'Edition',
      agentName: 'James Bond',
      endedAt: null,
    });
    expect(strayEvents).toEqual([]);
  });

  it('accepts the second token of a comma-separated SUPERVISOR_TOKEN, and the default tenant by name', async () => {
    const socket = await supervisor({ token: 'other-token-abcdefghijkl', tenant: 'default' });
    expect(await emitWithAck(socket, 'subscribe')).toEqual({
      tenant: 'default',
      events: ['call.updated', 'agent.session', 'form.completed', 'RealtimeCTI', 'wallboard.updated'],
    });
  });

  it("lets the web app's origin open the socket from a browser, and no other", async () => {
    const handshake = (origin: string) =>
      fetch(`${baseUrl}/socket.io/?EIO=4&transport=polling`, { headers: { origin } });
    const allowed = await handshake(TEST_WEB_URL);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(TEST_WEB_URL);
    await allowed.arrayBuffer();
    const refused = await handshake('https://elsewhere.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    await refused.arrayBuffer();
  });

  it('sends form.completed when the agent completes the form', async () => {
    const watching = await supervisor();
    const { formId } = await postCall(testApp.app);
    const received = nextEvent(watching, 'form.completed', (notice) => notice.formId === formId);
    const completed = await testApp.app.inject({
      method: 'POST',
      url: `/api/forms/${formId}/complete`,
      payload: { data: { reason: 'order', followUp: false }, disposition: 'resolved' },
    });
    expect(completed.statusCode).toBe(200);
    const notice = ZFormCompletedNotice.parse(await received);
    const form = await testApp.database.prisma.formSession.findUniqueOrThrow({ where: { id: formId } });
    expect(notice).toEqual({
      formId,
      callId: form.callId,
      disposition: 'resolved',
      wrapUpSeconds: form.wrapUpSeconds,
      completedAt: form.completedAt!.toISOString(),
    });
  });
});

describe('a supervisors namespace with small throttling limits and WS_DEBUG', () => {
  let throttled: TestApp;
  let url: string;

  beforeAll(async () => {
    throttled = await startTestApp({
      SUPERVISOR_TOKEN: TEST_SUPERVISOR_TOKEN,
      WS_THROTTLING_NB_MESSAGES: '1',
      WS_THROTTLING_NB_MESSAGES_BURST: '3',
      WS_DEBUG: 'true',
    });
    await seedDemo(throttled.database.prisma);
    url = await listen(throttled.app);
  });

  afterAll(() => throttled?.close());

  it('answers the burst, then the xuc throttling error for each message over it, ignoring them', async () => {
    const socket = await connectSupervisor(url);
    sockets.push(socket);
    const errors: unknown[] = [];
    socket.on('Error', (error) => errors.push(error));

    let answers = 0;
    for (let i = 0; i < 5; i++) socket.emit('ping' as never, (() => (answers += 1)) as never);
    await vi.waitFor(() => expect(errors).toHaveLength(2));
    expect(answers).toBe(3);
    expect(errors).toEqual([
      { msgType: 'Error', ctiMessage: { Error: 'Maximum throttle throughput exceeded.' } },
      THROTTLE_ERROR,
    ]);

    // Each connection has its own bucket.
    const another = await connectSupervisor(url);
    sockets.push(another);
    expect(await emitWithAck(another, 'ping')).toEqual({ at: expect.any(String) });
  });

  it('logs what it sends as S>>> and receives as R<<<, without the token', async () => {
    const lines: string[] = [];
    vi.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      lines.push(String(message));
    });
    const socket = await connectSupervisor(url);
    sockets.push(socket);
    const received = nextEvent(socket, 'call.updated');
    await emitWithAck(socket, 'subscribe');
    await postCall(throttled.app);
    await received;

    expect(lines).toContainEqual('R<<< {"namespace":"/realtime","event":"subscribe","payload":[]}');
    expect(lines).toContainEqual(
      expect.stringMatching(/^S>>> \{"namespace":"\/realtime","event":"subscribe \(ack\)"/),
    );
    const sentCall = lines.find(
      (line) => line.startsWith('S>>> ') && line.includes('"event":"call.updated"'),
    );
    expect(JSON.parse(sentCall!.slice(5))).toMatchObject({
      namespace: '/realtime',
      event: 'call.updated',
      payload: { source: 'xivo', state: 'ringing' },
    });
    expect(lines.join('\n')).not.toContain(TEST_SUPERVISOR_TOKEN);
  });
});

describe('GET /api/calls/live', () => {
  it('lists calls going on and calls ended in the last 10 minutes, newest first', async () => {
    const other = await createTenant(testApp.database.prisma);
    const tenant = await testApp.database.prisma.tenant.findUniqueOrThrow({ where: { slug: 'default' } });
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const prisma = testApp.database.prisma;
    const going = await createCall(prisma, tenant.id, { ringingAt: minutesAgo(3), state: 'answered' });
    const justEnded = await createCall(prisma, tenant.id, {
      ringingAt: minutesAgo(8),
      state: 'ended',
      endedAt: minutesAgo(5),
    });
    const longGoing = await createCall(prisma, tenant.id, { ringingAt: minutesAgo(11 * 60) });
    await createCall(prisma, tenant.id, { ringingAt: minutesAgo(13 * 60) });
    await createCall(prisma, tenant.id, {
      ringingAt: minutesAgo(30),
      state: 'ended',
      endedAt: minutesAgo(20),
    });
    await createCall(prisma, other.id, { ringingAt: minutesAgo(1) });

    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/calls/live',
      headers: { authorization: `Bearer ${TEST_SUPERVISOR_TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    const calls = z.array(ZLiveCall).parse(response.json());
    const ours = [going.id, justEnded.id, longGoing.id];
    // Calls posted by the tests above are live too; the ones made here appear in this order, and only they.
    expect(calls.map((call) => call.id).filter((id) => ours.includes(id))).toEqual(ours);
    const times = calls.map((call) => call.ringingAt);
    expect(times).toEqual([...times].sort().reverse());
    const ids = new Set(calls.map((call) => call.id));
    const excluded = await prisma.call.findMany({
      where: {
        OR: [
          { tenantId: other.id },
          { ringingAt: { lt: minutesAgo(12 * 60) } },
          { endedAt: { lt: minutesAgo(10) } },
        ],
      },
    });
    expect(excluded).toHaveLength(3);
    for (const call of excluded) expect(ids.has(call.id)).toBe(false);
  });

  it('answers 401 without a supervisor access token', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/calls/live' });
    expect(response.statusCode).toBe(401);
  });
});

describe('supervisor routes', () => {
  it('all declare the session cookie and the supervisor bearer token in the OpenAPI document, and refuse requests without them', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json() as {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
    };
    const supervisorPaths = Object.keys(document.paths).filter((path) =>
      /^\/api\/(agents|calls)(\/|$)/.test(path),
    );
    expect(supervisorPaths).toEqual(expect.arrayContaining(['/api/agents/sessions', '/api/calls/live']));
    for (const path of supervisorPaths) {
      for (const [method, operation] of Object.entries(document.paths[path]!)) {
        expect(operation.security, `${method} ${path}`).toEqual([{ session: [] }, { supervisor: [] }]);
        const response = await testApp.app.inject({ method: method.toUpperCase() as 'GET', url: path });
        expect(response.statusCode, `${method} ${path}`).toBe(401);
      }
    }
  });
});
