import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  shuttleSampleAbandon,
  shuttleSampleHangup,
  shuttleSampleOutbound,
  shuttleSampleRinging,
  shuttleSampleUp,
  THROTTLE_ERROR,
  type TShuttleAck,
  type TShuttleEvent,
} from '@screenpop/contracts';
import { type PrismaClient, seedDemo } from '@screenpop/db';
import { createIntegrationToken, createRule, createTenant } from '@screenpop/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app/create-app.js';
import { CallsRepository } from '../calls/calls.repository.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { connectRelay, recordCommands, type RelayClient, sendEvent } from '../test/relay-socket.js';
import { connectSupervisor, nextEvent, TEST_SUPERVISOR_TOKEN } from '../test/supervisor-socket.js';
import { startTestApp, TEST_WEB_URL, testConfig, type TestApp } from '../test/test-app.js';

const FORM_URL = new RegExp(`^${TEST_WEB_URL.replace(/\./g, '\\.')}/thirdparty/open/[A-Za-z0-9_-]{24}$`);

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
let baseUrl: string;
let token: string;
let callSeq = 0;
const sockets: { close(): void }[] = [];

/** A sample as another call: a fresh uniqueid. */
function another<T extends { uniqueid: string }>(sample: T, overrides: Record<string, unknown> = {}): T {
  callSeq += 1;
  return { ...sample, uniqueid: `1700000000.${callSeq}`, ...overrides };
}

async function relay(options: { token?: string; bearer?: string } = { token }): Promise<RelayClient> {
  const socket = await connectRelay(baseUrl, options);
  sockets.push(socket);
  return socket;
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

function stored(ack: TShuttleAck): Extract<TShuttleAck, { ok: true }> {
  if (!ack.ok) throw new Error(`Not stored: ${ack.error}`);
  return ack;
}

beforeAll(async () => {
  testApp = await startTestApp({ SUPERVISOR_TOKEN: TEST_SUPERVISOR_TOKEN });
  app = testApp.app;
  prisma = testApp.database.prisma;
  token = (await seedDemo(prisma)).shuttleToken!;
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = await app.getUrl();
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
  vi.restoreAllMocks();
});

afterAll(() => testApp?.close());

describe('the relays namespace /shuttle: authentication', () => {
  it('refuses a connection without a token, or with an unknown one, saying why', async () => {
    await expect(relay({})).rejects.toThrow(
      'Unauthorized: send the integration token (socket.io auth: { token } or Authorization: Bearer <token>)',
    );
    await expect(relay({ token: 'spk_not-a-token-we-know' })).rejects.toThrow(
      'Unauthorized: unknown integration token',
    );
    await expect(relay({ bearer: 'spk_not-a-token-we-know' })).rejects.toThrow(
      'Unauthorized: unknown integration token',
    );
  });

  it('refuses a revoked token, and a token of another platform', async () => {
    const tenant = await createTenant(prisma);
    const revoked = await createIntegrationToken(prisma, tenant.id, { revokedAt: new Date() });
    await expect(relay({ token: revoked.token })).rejects.toThrow(
      'Unauthorized: this integration token was revoked',
    );
    const vodia = await createIntegrationToken(prisma, tenant.id, { platform: 'vodia' });
    await expect(relay({ token: vodia.token })).rejects.toThrow(
      'Unauthorized: this integration token is for vodia, not shuttle',
    );
  });

  it('accepts the token as auth.token or as a Bearer header, and records when it was used', async () => {
    const tenant = await createTenant(prisma);
    const fresh = await createIntegrationToken(prisma, tenant.id);
    expect(fresh.lastUsedAt).toBeNull();
    expect((await relay({ token: fresh.token })).connected).toBe(true);
    expect((await relay({ bearer: fresh.token })).connected).toBe(true);
    await vi.waitFor(async () => {
      const row = await prisma.integrationToken.findUniqueOrThrow({ where: { id: fresh.id } });
      expect(row.lastUsedAt).toBeInstanceOf(Date);
    });
  });
});

describe('the relays namespace /shuttle: events', () => {
  it("stores the documentation's ringing, then up, of one call, and opens the demo form on up", async () => {
    const socket = await relay();
    const commands = recordCommands(socket);

    const ringing = stored(await sendEvent(socket, 'ringing', shuttleSampleRinging));
    // Acknowledged only once stored: the call and its event are there when the ack arrives.
    const call = await prisma.call.findUniqueOrThrow({
      where: { id: ringing.callId },
      include: { events: true, agent: true, queue: true },
    });
    expect(call).toMatchObject({
      source: 'shuttle',
      externalCallId: '14370692641599601698.91494',
      caller: '9981003',
      callerName: 'telephone',
      callee: '99996000',
      direction: 'inbound',
      state: 'ringing',
      answeredAt: null,
    });
    expect(call.events.map((event) => event.type)).toEqual(['ringing']);
    expect(call.agent).toMatchObject({
      externalId: '10071000',
      fullName: 'JohnAndrea DoeBianco',
      peer: 'SIP/johnandrea.doebianco',
      sipName: 'andrea.bianco',
    });
    expect(call.queue).toMatchObject({ externalId: 'CC-SIPPSupport', name: 'CC-SIPPSupport' });
    // The demo's first matching rule opens its form after hang-up, not now.
    expect(ringing).toEqual({ ok: true, callId: call.id, duplicate: false, commands: [] });

    const up = stored(await sendEvent(socket, 'up', shuttleSampleUp));
    expect(up.callId).toBe(ringing.callId);
    const formUrl = (up.commands[0]?.payload as { url: string }).url;
    expect(formUrl).toMatch(FORM_URL);
    expect(up.commands).toEqual([
      {
        name: 'AgentCTI',
        payload: { url: formUrl, peer: 'SIP/johnandrea.doebianco', mode: 'new_frame' },
      },
      {
        name: 'AgentCTINotification',
        payload: {
          peer: 'SIP/johnandrea.doebianco',
          type: 'info',
          title: 'Call from 9981003',
          body: 'Queue CC-SIPPSupport',
        },
      },
      {
        name: 'RealtimeCTI',
        payload: {
          type: 'screenpop',
          channel: { ...shuttleSampleUp, time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
          reference: formUrl.split('/').pop(),
          url: formUrl,
        },
      },
    ]);
    // Emitted to the relay too, in the order it must emit them to Shuttle, before the ack.
    expect(commands).toEqual(up.commands.map((command) => [command.name, command.payload]));

    const answered = await prisma.call.findUniqueOrThrow({
      where: { id: up.callId },
      include: { formSession: { include: { template: true } } },
    });
    expect(answered).toMatchObject({ state: 'answered', holdSeconds: 2, ringSeconds: 0, talkSeconds: null });
    expect(answered.answeredAt).toBeInstanceOf(Date);
    expect(answered.formSession).toMatchObject({ id: formUrl.split('/').pop(), status: 'pending' });
    expect(answered.formSession?.template?.name).toBe('Call report');
  });

  it("stores the documentation's hangup: ended, with its timings and reason; nothing opens again", async () => {
    const socket = await relay();
    const up = stored(
      await sendEvent(socket, 'up', { ...shuttleSampleHangup, event: 'up', hangup: undefined }),
    );
    expect(up.commands[0]?.name).toBe('AgentCTI');

    const hangup = stored(await sendEvent(socket, 'hangup', shuttleSampleHangup));
    expect(hangup.callId).toBe(up.callId);
    // The form opened on answer; the demo's hang-up rule is for XiVO calls only.
    expect(hangup.commands).toEqual([]);

    const call = await prisma.call.findUniqueOrThrow({
      where: { id: hangup.callId },
      include: { events: true },
    });
    expect(call).toMatchObject({
      externalCallId: '1599601698.94',
      state: 'ended',
      holdSeconds: 2,
      ringSeconds: 0,
      talkSeconds: 2,
      hangupReason: 'agent',
    });
    expect(call.endedAt!.getTime()).toBeGreaterThanOrEqual(call.answeredAt!.getTime());
    expect(call.events.map((event) => event.type).sort()).toEqual(['hangup', 'up']);
  });

  it("stores the documentation's abandon: an abandoned inbound queue call, its hold time, no agent", async () => {
    const socket = await relay();
    const ack = stored(await sendEvent(socket, 'abandon', shuttleSampleAbandon));
    expect(ack.commands).toEqual([]);
    const call = await prisma.call.findUniqueOrThrow({ where: { id: ack.callId }, include: { queue: true } });
    expect(call).toMatchObject({
      externalCallId: '1599601824.96',
      state: 'abandoned',
      direction: 'inbound',
      holdSeconds: 4,
      agentId: null,
      caller: '1003',
    });
    expect(call.endedAt).toBeInstanceOf(Date);
    expect(call.queue?.name).toBe('Support');
  });

  it("stores the documentation's outbound: an outbound call to the number dialled", async () => {
    const socket = await relay();
    const ack = stored(await sendEvent(socket, 'outbound', shuttleSampleOutbound));
    const call = await prisma.call.findUniqueOrThrow({ where: { id: ack.callId }, include: { agent: true } });
    expect(call).toMatchObject({
      externalCallId: '1599601871.98',
      direction: 'outbound',
      state: 'ringing',
      caller: '123456789',
      callee: '3925926421',
      queueId: null,
    });
    expect(call.agent).toMatchObject({
      externalId: '1800800800',
      peer: 'SIP/andrea.bianco',
      fullName: 'Andrea Bianco',
    });
  });

  it('never moves a call back when its events arrive out of order', async () => {
    const socket = await relay();
    const hangup = another(shuttleSampleHangup);
    await sendEvent(socket, 'hangup', hangup);
    await sendEvent(socket, 'ringing', { ...shuttleSampleRinging, uniqueid: hangup.uniqueid });
    const call = await prisma.call.findFirstOrThrow({ where: { externalCallId: hangup.uniqueid } });
    expect(call).toMatchObject({ state: 'ended', talkSeconds: 2 });
  });

  it('takes the generic "event" message, and a JSON text payload', async () => {
    const socket = await relay();
    const viaEvent = stored(await sendEvent(socket, 'event', another(shuttleSampleAbandon)));
    const viaText = stored(await sendEvent(socket, 'abandon', JSON.stringify(another(shuttleSampleAbandon))));
    expect(viaEvent.duplicate || viaText.duplicate).toBe(false);
    expect(await prisma.call.count({ where: { id: { in: [viaEvent.callId, viaText.callId] } } })).toBe(2);
  });
});

describe('the relays namespace /shuttle: bad events', () => {
  it('answers ok:false naming the field, and stores nothing', async () => {
    const socket = await relay();
    const before = await countRows();
    const { peer: _peer, ...noPeer } = another(shuttleSampleUp);

    const missing = await sendEvent(socket, 'up', noPeer);
    expect(missing).toEqual({
      ok: false,
      error: 'peer: Invalid input: expected string, received undefined',
      issues: [{ path: 'peer', message: 'Invalid input: expected string, received undefined' }],
    });
    const wrongType = await sendEvent(socket, 'hangup', another(shuttleSampleHangup, { talktime: 'two' }));
    expect(wrongType).toMatchObject({ ok: false, issues: [{ path: 'talktime' }] });
    const unknown = await sendEvent(socket, 'event', another(shuttleSampleUp, { event: 'transfer' }));
    expect(unknown).toMatchObject({
      ok: false,
      issues: [{ path: 'event', message: 'Expected one of ringing, up, hangup, abandon, outbound' }],
    });
    const contradicting = await sendEvent(socket, 'up', another(shuttleSampleRinging));
    expect(contradicting).toMatchObject({
      ok: false,
      issues: [{ path: 'event', message: 'Expected "up", the name it was sent with' }],
    });
    expect(await sendEvent(socket, 'up', 'up')).toMatchObject({ ok: false, issues: [{ path: '(root)' }] });
    expect(await sendEvent(socket, 'up', null)).toMatchObject({ ok: false, issues: [{ path: '(root)' }] });

    expect(await countRows()).toEqual(before);
  });

  it('acknowledges nothing as stored when storing fails', async () => {
    const socket = await relay();
    const commands = recordCommands(socket);
    vi.spyOn(app.get(CallsRepository), 'recordIntakeEvent').mockRejectedValueOnce(new Error('disk full'));
    const event = another(shuttleSampleUp);
    const ack = await sendEvent(socket, 'up', event);
    expect(ack).toEqual({ ok: false, error: 'Internal error: the event may not be stored, send it again' });
    expect(commands).toEqual([]);
    // Sent again, it is stored.
    expect(stored(await sendEvent(socket, 'up', event)).duplicate).toBe(false);
  });
});

describe('the relays namespace /shuttle: duplicates', () => {
  it('stores the same event once and acknowledges it the same way', async () => {
    const socket = await relay();
    const event = another(shuttleSampleUp);
    const first = stored(await sendEvent(socket, 'up', event));
    const before = await countRows();
    const again = stored(await sendEvent(socket, 'up', { ...event }));
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await countRows()).toEqual(before);
  });

  it('keeps one call, one event and one form when the same event arrives concurrently', async () => {
    const sockets = await Promise.all([relay(), relay(), relay()]);
    const event = another(shuttleSampleUp);
    const acks = (await Promise.all(sockets.map((socket) => sendEvent(socket, 'up', event)))).map(stored);
    expect(new Set(acks.map((ack) => ack.callId)).size).toBe(1);
    expect(acks.filter((ack) => !ack.duplicate)).toHaveLength(1);
    expect(new Set(acks.map((ack) => JSON.stringify(ack.commands))).size).toBe(1);
    const call = await prisma.call.findFirstOrThrow({
      where: { externalCallId: event.uniqueid },
      include: { events: true, formSession: true },
    });
    expect(call.events).toHaveLength(1);
    expect(call.formSession).not.toBeNull();
  });
});

describe("the relays namespace /shuttle: a tenant's own rules", () => {
  it('opens an external URL rendered with the Shuttle variables, in the rule’s mode, with its notification', async () => {
    const tenant = await createTenant(prisma);
    const relayToken = await createIntegrationToken(prisma, tenant.id);
    await createRule(prisma, tenant.id, {
      priority: 1,
      match: { sources: ['xivo'] },
      action: 'open',
      urlTemplate: 'https://xivo.example.com/never',
    });
    await createRule(prisma, tenant.id, {
      priority: 2,
      match: { sources: ['shuttle'], events: ['ringing'], queues: ['sales desk'] },
      action: 'popup',
      urlTemplate:
        'https://crm.example.com/pop?from={{caller}}&id={{callId}}&q={{queue.name}}&agent={{agent.id}}&peer={{agent.peer}}&order={{userData.ordernumber}}',
      shuttleMode: 'new_window',
      notification: {
        type: 'warning',
        title: '{{callerName}} on {{queue.name}}',
        body: 'Order {{userData.ordernumber}}',
      },
    });
    const socket = await relay({ token: relayToken.token });
    const event = another(shuttleSampleRinging, { queue: 'sales desk', ordernumber: 'A/42' });
    const ack = stored(await sendEvent(socket, 'ringing', event));
    const url = `https://crm.example.com/pop?from=9981003&id=${event.uniqueid}&q=sales%20desk&agent=10071000&peer=SIP%2Fjohnandrea.doebianco&order=A%2F42`;
    expect(ack.commands).toEqual([
      { name: 'AgentCTI', payload: { url, peer: 'SIP/johnandrea.doebianco', mode: 'new_window' } },
      {
        name: 'AgentCTINotification',
        payload: {
          peer: 'SIP/johnandrea.doebianco',
          type: 'warning',
          title: 'telephone on sales desk',
          body: 'Order A/42',
        },
      },
      {
        name: 'RealtimeCTI',
        payload: {
          type: 'screenpop',
          channel: expect.objectContaining({ ordernumber: 'A/42' }),
          reference: ack.callId,
          url,
        },
      },
    ]);
    const call = await prisma.call.findUniqueOrThrow({
      where: { id: ack.callId },
      include: { formSession: true },
    });
    expect(call).toMatchObject({ tenantId: tenant.id, userData: { ordernumber: 'A/42' }, formSession: null });

    // Another event of the call matches no rule: stored, nothing to show.
    const up = stored(
      await sendEvent(socket, 'up', { ...shuttleSampleUp, uniqueid: event.uniqueid, queue: 'sales desk' }),
    );
    expect(up).toMatchObject({ callId: ack.callId, commands: [] });
  });
});

describe('the relays namespace /shuttle: supervisors', () => {
  it('sends RealtimeCTI and call.updated to the supervisors of the tenant', async () => {
    const supervisor = await connectSupervisor(baseUrl, { token: TEST_SUPERVISOR_TOKEN });
    sockets.push(supervisor);
    const realtime = app.get(RealtimeService);
    const published = vi.spyOn(realtime, 'realtimeCti');
    const event = another(shuttleSampleUp);
    const cti = nextEvent(
      supervisor,
      'RealtimeCTI',
      (payload) => payload.channel['uniqueid'] === event.uniqueid,
    );
    const update = nextEvent(supervisor, 'call.updated', (call) => call.externalCallId === event.uniqueid);

    const socket = await relay();
    const ack = stored(await sendEvent(socket, 'up', event));
    expect(await cti).toEqual(ack.commands[2]?.payload);
    expect(await update).toMatchObject({
      id: ack.callId,
      source: 'shuttle',
      state: 'answered',
      queueName: 'CC-SIPPSupport',
      agentName: 'JohnAndrea DoeBianco',
      callerName: 'telephone',
    });

    // A duplicate changes nothing a supervisor sees.
    await sendEvent(socket, 'up', event);
    expect(published).toHaveBeenCalledTimes(1);
  });
});

describe('the relays namespace /shuttle: throttling', () => {
  let limited: NestFastifyApplication;
  let limitedUrl: string;

  beforeAll(async () => {
    limited = await createApp({
      config: testConfig({ SHUTTLE_THROTTLING_NB_MESSAGES: '1', SHUTTLE_THROTTLING_NB_MESSAGES_BURST: '2' }),
      database: testApp.database,
    });
    await limited.listen({ port: 0, host: '127.0.0.1' });
    limitedUrl = await limited.getUrl();
  });

  afterAll(() => limited?.close());

  it('refuses events over the connection’s limit, xuc-style, and stores none of them', async () => {
    const socket = await connectRelay(limitedUrl, { token });
    sockets.push(socket);
    const errors: unknown[] = [];
    socket.on('Error', (error) => errors.push(error));
    const events = [
      another(shuttleSampleAbandon),
      another(shuttleSampleAbandon),
      another(shuttleSampleAbandon),
    ];
    const acks: TShuttleAck[] = [];
    for (const event of events) acks.push(await sendEvent(socket, 'abandon', event));
    expect(acks.map((ack) => ack.ok)).toEqual([true, true, false]);
    expect(acks[2]).toEqual({ ok: false, error: 'Maximum throttle throughput exceeded.' });
    expect(errors).toEqual([THROTTLE_ERROR]);
    expect(await prisma.call.count({ where: { externalCallId: events[2]!.uniqueid } })).toBe(0);

    // Another connection has its own allowance.
    const other = await connectRelay(limitedUrl, { token });
    sockets.push(other);
    expect((await sendEvent(other, 'abandon', events[2])).ok).toBe(true);
  });
});

describe('the relays namespace /shuttle: WS_DEBUG', () => {
  let debugging: NestFastifyApplication;
  let debuggingUrl: string;

  beforeAll(async () => {
    debugging = await createApp({ config: testConfig({ WS_DEBUG: 'true' }), database: testApp.database });
    await debugging.listen({ port: 0, host: '127.0.0.1' });
    debuggingUrl = await debugging.getUrl();
  });

  afterAll(() => debugging?.close());

  it('logs every message received (R<<<) and sent (S>>>), the acknowledgement included', async () => {
    const log = vi.spyOn(Logger.prototype, 'log');
    const socket = await connectRelay(debuggingUrl, { token });
    sockets.push(socket);
    const event = another(shuttleSampleUp);
    await sendEvent(socket, 'up', event);
    const lines = log.mock.calls.map(([message]) => String(message));
    const received = lines.find((line) => line.startsWith('R<<< ') && line.includes(event.uniqueid));
    expect(JSON.parse(received!.slice(5))).toMatchObject({
      namespace: '/shuttle',
      event: 'up',
      payload: event,
    });
    const sent = lines
      .filter((line) => line.startsWith('S>>> '))
      .map((line) => JSON.parse(line.slice(5)))
      .filter((message) => message.namespace === '/shuttle')
      .map((message) => message.event);
    expect(sent).toEqual(['AgentCTI', 'AgentCTINotification', 'RealtimeCTI', 'up (ack)']);
  });
});

describe('POST /api/shuttle/events', () => {
  function post(payload: unknown, bearer: string | null = token) {
    return app.inject({
      method: 'POST',
      url: '/api/shuttle/events',
      headers: bearer === null ? {} : { authorization: `Bearer ${bearer}` },
      payload: payload as object,
    });
  }

  it('answers 401 in the API error shape without a valid token', async () => {
    const missing = await post(shuttleSampleUp, null);
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message:
        'Unauthorized: send the integration token (socket.io auth: { token } or Authorization: Bearer <token>)',
    });
    const wrong = await post(shuttleSampleUp, 'spk_wrong');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().message).toBe('Unauthorized: unknown integration token');
  });

  it('stores one event and answers its acknowledgement', async () => {
    const event = another(shuttleSampleUp);
    const response = await post(event);
    expect(response.statusCode).toBe(200);
    const ack = response.json() as TShuttleAck;
    expect(ack).toMatchObject({ ok: true, duplicate: false });
    expect(stored(ack).commands.map((command) => command.name)).toEqual([
      'AgentCTI',
      'AgentCTINotification',
      'RealtimeCTI',
    ]);
    expect(await prisma.call.count({ where: { id: stored(ack).callId } })).toBe(1);
  });

  it('stores a batch in order, once however often it is sent', async () => {
    const ringing = another(shuttleSampleRinging);
    const batch: TShuttleEvent[] = [
      ringing,
      { ...shuttleSampleUp, uniqueid: ringing.uniqueid },
      another(shuttleSampleAbandon),
      another(shuttleSampleOutbound),
      { ...shuttleSampleHangup, uniqueid: ringing.uniqueid },
    ];
    const first = await post(batch);
    expect(first.statusCode).toBe(200);
    const { results } = first.json() as { results: TShuttleAck[] };
    expect(results.map((ack) => ack.ok && ack.duplicate)).toEqual([false, false, false, false, false]);
    expect(new Set(results.map((ack) => stored(ack).callId)).size).toBe(3);
    const call = await prisma.call.findUniqueOrThrow({ where: { id: stored(results[0]!).callId } });
    expect(call).toMatchObject({ state: 'ended', talkSeconds: 2 });

    const before = await countRows();
    const again = (await post(batch)).json() as { results: TShuttleAck[] };
    expect(again.results).toEqual(results.map((ack) => ({ ...ack, duplicate: true })));
    expect(await countRows()).toEqual(before);
  });

  it('refuses a batch with a bad event, naming [index].field, and stores none of it', async () => {
    const before = await countRows();
    const { peer: _peer, ...noPeer } = another(shuttleSampleUp);
    const response = await post([
      another(shuttleSampleRinging),
      noPeer,
      another(shuttleSampleHangup, { holdtime: '-1' }),
    ]);
    expect(response.statusCode).toBe(400);
    const error = response.json();
    expect(error).toMatchObject({ statusCode: 400, error: 'Bad Request', message: '2 invalid fields' });
    expect(error.issues.map((issue: { path: string }) => issue.path)).toEqual(['[1].peer', '[2].holdtime']);
    expect((await post([])).json().issues).toEqual([
      { path: '(root)', message: 'Expected 1 to 500 events, got 0' },
    ]);
    expect((await post({ event: 'up' })).statusCode).toBe(400);
    expect(await countRows()).toEqual(before);
  });

  it('takes a batch larger than the general body limit', async () => {
    const batch = Array.from({ length: 40 }, () =>
      another(shuttleSampleAbandon, { note: 'x'.repeat(2_000) }),
    );
    expect(JSON.stringify(batch).length).toBeGreaterThan(64 * 1024);
    const response = await post(batch);
    expect(response.statusCode).toBe(200);
    expect((response.json() as { results: TShuttleAck[] }).results).toHaveLength(40);
  });

  it('is documented in the OpenAPI document, with its bearer token', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json();
    const operation = document.paths['/api/shuttle/events'].post;
    expect(operation.security).toEqual([{ 'shuttle-relay': [] }]);
    expect(document.components.securitySchemes['shuttle-relay']).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '429']);
    expect(operation.requestBody.content['application/json'].schema).toBeTruthy();
  });

  describe('with a low rate limit', () => {
    let limited: NestFastifyApplication;

    beforeAll(async () => {
      limited = await createApp({
        config: testConfig({ SHUTTLE_RATE_LIMIT_PER_MINUTE: '2', XIVO_RATE_LIMIT_PER_MINUTE: '100' }),
        database: testApp.database,
      });
    });

    afterAll(() => limited?.close());

    it('answers 429 past SHUTTLE_RATE_LIMIT_PER_MINUTE', async () => {
      const send = () =>
        limited.inject({
          method: 'POST',
          url: '/api/shuttle/events',
          headers: { authorization: `Bearer ${token}` },
          payload: another(shuttleSampleAbandon),
        });
      expect([(await send()).statusCode, (await send()).statusCode]).toEqual([200, 200]);
      const refused = await send();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().message).toMatch(/^Too many requests: at most 2 per minute from one client\./);
    });
  });
});
