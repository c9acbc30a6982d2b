import { randomUUID } from 'node:crypto';
import { xivoSampleRequest, ZWallboardSnapshot } from '@screenpop/contracts';
import { seedDemo } from '@screenpop/db';
import { createAgent, createCall, createQueue, createTenant } from '@screenpop/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../test/sessions.js';
import { startTestApp, type TestApp } from '../test/test-app.js';
import {
  connectSupervisor,
  nextEvent,
  type SupervisorClient,
  TEST_SUPERVISOR_TOKEN,
} from '../test/supervisor-socket.js';
import { localDay } from './local-day.js';

/** A fixed-offset zone where it is around noon now, so "today" holds every call made a few minutes ago. */
function middayZone(now = new Date()): string {
  const offset = 12 - now.getUTCHours();
  return offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

const TIME_ZONE = middayZone();
let testApp: TestApp;
const sockets: SupervisorClient[] = [];

beforeAll(async () => {
  testApp = await startTestApp({
    SUPERVISOR_TOKEN: TEST_SUPERVISOR_TOKEN,
    REPORTS_TIME_ZONE: TIME_ZONE,
    SERVICE_LEVEL_SECONDS: '20',
  });
  // The demo's tenant "default", its XiVO rule and agent James Bond.
  await seedDemo(testApp.database.prisma);
});

afterEach(() => {
  for (const socket of sockets.splice(0)) socket.close();
});

afterAll(() => testApp?.close());

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);
const after = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

describe('GET /api/wallboard', () => {
  it('answers 401 without a session and 403 to an agent', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/api/wallboard' })).statusCode).toBe(401);
    const agent = await signInAs(testApp.app, testApp.database, 'agent');
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/wallboard',
      headers: agent.headers,
    });
    expect(response.statusCode).toBe(403);
  });

  it("derives today's queue figures and the agents' states from the tenant's calls only", async () => {
    const prisma = testApp.database.prisma;
    const tenant = await createTenant(prisma);
    const supervisor = await signInAs(testApp.app, testApp.database, 'supervisor', tenant.id);
    const queue = await createQueue(prisma, tenant.id, {
      source: 'shuttle',
      name: 'sales',
      displayName: 'Sales',
    });
    const shuttleAgent = (name: string, peer: string) =>
      createAgent(prisma, tenant.id, { source: 'shuttle', fullName: name, login: null, peer });
    const [onCall, paused, wrapUp, ready] = await Promise.all([
      shuttleAgent('Ada Oncall', 'SIP/101'),
      shuttleAgent('Bob Paused', 'SIP/102'),
      shuttleAgent('Cy Wrapup', 'SIP/103'),
      shuttleAgent('Di Ready', 'SIP/104'),
    ]);
    const xivoAgent = await createAgent(prisma, tenant.id, {
      source: 'xivo',
      fullName: 'Xavier Login',
      login: '2001',
    });
    const base = { source: 'shuttle' as const, queueId: queue.id };

    // Answered after 5 s, still talking.
    const talkingAt = ago(120);
    await createCall(prisma, tenant.id, {
      ...base,
      agentId: onCall.id,
      state: 'answered',
      ringingAt: talkingAt,
      answeredAt: after(talkingAt, 5),
    });
    // Answered after 40 s, ended; its autopause form is open.
    const pausedAt = ago(300);
    const pausedCall = await createCall(prisma, tenant.id, {
      ...base,
      agentId: paused.id,
      state: 'ended',
      ringingAt: pausedAt,
      answeredAt: after(pausedAt, 40),
      endedAt: after(pausedAt, 200),
    });
    await prisma.formSession.create({
      data: {
        id: randomUUID(),
        tenantId: tenant.id,
        callId: pausedCall.id,
        status: 'opened',
        openedAt: after(pausedAt, 41),
        autopause: true,
        autopauseReason: 'backoffice',
      },
    });
    // Answered after 10 s, ended; its form (no autopause) is not completed.
    const wrapAt = ago(240);
    const wrapCall = await createCall(prisma, tenant.id, {
      ...base,
      agentId: wrapUp.id,
      state: 'ended',
      ringingAt: wrapAt,
      answeredAt: after(wrapAt, 10),
      endedAt: after(wrapAt, 180),
    });
    await prisma.formSession.create({
      data: { id: randomUUID(), tenantId: tenant.id, callId: wrapCall.id, status: 'pending' },
    });
    // Abandoned in ring after 15 s.
    const abandonedAt = ago(200);
    await createCall(prisma, tenant.id, {
      ...base,
      state: 'abandoned',
      ringingAt: abandonedAt,
      endedAt: after(abandonedAt, 15),
    });
    // Still waiting.
    await createCall(prisma, tenant.id, {
      ...base,
      state: 'ringing',
      ringingAt: ago(8),
      caller: '0699999999',
    });
    // A completed call without a queue: its agent is ready.
    const readyAt = ago(400);
    const readyCall = await createCall(prisma, tenant.id, {
      source: 'shuttle',
      agentId: ready.id,
      state: 'ended',
      ringingAt: readyAt,
      answeredAt: after(readyAt, 3),
      endedAt: after(readyAt, 60),
    });
    await prisma.formSession.create({
      data: {
        id: randomUUID(),
        tenantId: tenant.id,
        callId: readyCall.id,
        status: 'completed',
        openedAt: after(readyAt, 3),
        completedAt: after(readyAt, 90),
      },
    });
    // Yesterday's answered call of the same queue.
    const yesterday = new Date(localDay(new Date(), TIME_ZONE).from.getTime() - 2 * 3_600_000);
    await createCall(prisma, tenant.id, {
      ...base,
      state: 'ended',
      ringingAt: yesterday,
      answeredAt: after(yesterday, 2),
      endedAt: after(yesterday, 60),
    });
    // A XiVO login, not expired.
    await prisma.agentSession.create({
      data: {
        tenantId: tenant.id,
        source: 'xivo',
        login: '2001',
        host: 'xivocc.example',
        agentId: xivoAgent.id,
        loggedInAt: ago(3600),
        tokenExpiresAt: after(new Date(), 3600),
        tokenDigest: randomUUID(),
      },
    });
    // Another tenant's calls.
    const other = await createTenant(prisma);
    const otherQueue = await createQueue(prisma, other.id, { source: 'shuttle' });
    await createCall(prisma, other.id, { source: 'shuttle', queueId: otherQueue.id, ringingAt: ago(5) });
    await createCall(prisma, other.id, {
      source: 'shuttle',
      state: 'abandoned',
      ringingAt: ago(50),
      endedAt: ago(40),
    });

    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/wallboard',
      headers: supervisor.headers,
    });
    expect(response.statusCode).toBe(200);
    const snapshot = ZWallboardSnapshot.parse(response.json());
    expect(snapshot.day).toMatchObject({ timeZone: TIME_ZONE, date: localDay(new Date(), TIME_ZONE).date });
    expect(snapshot.serviceLevelSeconds).toBe(20);
    expect(snapshot.queues).toEqual([
      {
        id: queue.id,
        source: 'shuttle',
        name: 'Sales',
        waiting: 1,
        talking: 1,
        answered: 3,
        abandoned: 1,
        longestWaitingSince: expect.any(String),
        longestWaitSeconds: 40,
        // Within 20 s: the 5 s and 10 s answers, of 3 answered + 1 abandoned.
        serviceLevel: 50,
      },
    ]);
    expect(snapshot.totals).toMatchObject({ waiting: 1, talking: 1, answered: 4, abandoned: 1 });
    expect(snapshot.calls.map((call) => call.phase)).toEqual(['ringing', 'talking', 'wrapUp', 'wrapUp']);
    expect(snapshot.calls[0]).toMatchObject({ caller: '0699999999', queueName: 'Sales', agentName: null });

    const states = Object.fromEntries(
      snapshot.agents.map((agent) => [agent.name, [agent.state, agent.pauseReason, agent.loggedOn?.via]]),
    );
    expect(states).toEqual({
      'Ada Oncall': ['onCall', null, 'shuttlePeer'],
      'Bob Paused': ['paused', 'backoffice', 'shuttlePeer'],
      'Cy Wrapup': ['wrapUp', null, 'shuttlePeer'],
      'Di Ready': ['ready', null, 'shuttlePeer'],
      'Xavier Login': ['ready', null, 'xivoLogin'],
    });
    expect(snapshot.agents.find((agent) => agent.name === 'Xavier Login')?.loggedOn).toMatchObject({
      where: 'xivocc.example',
    });
  });
});

describe('wallboard.updated', () => {
  it('reaches a connected supervisor after XucMgt posts a call', async () => {
    await testApp.app.listen(0, '127.0.0.1');
    const socket = await connectSupervisor(await testApp.app.getUrl());
    sockets.push(socket);
    const updated = nextEvent(socket, 'wallboard.updated', (snapshot) =>
      snapshot.calls.some((call) => call.caller === '1013' && call.source === 'xivo'),
    );
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/xivo/thirdparty',
      payload: { ...xivoSampleRequest, callDataCallId: `1724999999.${Date.now()}` },
    });
    expect(response.statusCode).toBe(200);
    const snapshot = ZWallboardSnapshot.parse(await updated);
    expect(snapshot.calls).toContainEqual(
      expect.objectContaining({
        caller: '1013',
        phase: 'talking',
        queueName: 'Edition',
        agentName: 'James Bond',
      }),
    );
    expect(snapshot.agents).toContainEqual(
      expect.objectContaining({ name: 'James Bond', state: 'onCall', loggedOn: null }),
    );
    expect(snapshot.queues.find((queue) => queue.name === 'Edition')).toMatchObject({
      answered: 1,
      talking: 1,
    });
  });
});
