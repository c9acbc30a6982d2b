import {
  shuttleSampleAbandon,
  shuttleSampleHangup,
  shuttleSampleOutbound,
  shuttleSampleRinging,
  shuttleSamples,
  shuttleSampleUp,
} from '@screenpop/contracts';
import { seedDemo } from '@screenpop/db';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket } from 'socket.io';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Relay, type RelayAck, startRelay } from '../../../../examples/shuttle-relay/relay.mjs';
import { CallsRepository } from '../calls/calls.repository.js';
import { startTestApp, TEST_WEB_URL, type TestApp } from '../test/test-app.js';

const FORM_URL = new RegExp(`^${TEST_WEB_URL.replace(/\./g, '\\.')}/thirdparty/open/[A-Za-z0-9_-]{24}$`);

let testApp: TestApp;
let standIn: Server;
let shuttle: Socket;
let relay: Relay;
/** What the stand-in for xcally-realtime received from the relay, in order. */
const received: [string, unknown][] = [];
const acknowledged: { name: string; data: unknown; ack: RelayAck }[] = [];
const logged: string[] = [];

/** A stand-in for xcally-realtime: the relay connects to it, it emits Shuttle's events. */
async function startStandIn(): Promise<string> {
  const http = createServer();
  standIn = new Server(http);
  const connected = new Promise<Socket>((resolve) => standIn.once('connection', resolve));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  connected.then((socket) => {
    shuttle = socket;
    socket.onAny((name: string, payload: unknown) => received.push([name, payload]));
  });
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

function acknowledgedFor(uniqueid: string) {
  return acknowledged.filter(({ data }) => (data as { uniqueid?: string }).uniqueid === uniqueid);
}

beforeAll(async () => {
  testApp = await startTestApp();
  const { shuttleToken } = await seedDemo(testApp.database.prisma);
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const xcallyUrl = await startStandIn();
  const quiet = (message: string) => void logged.push(message);
  relay = startRelay({
    xcallyUrl,
    screenpopUrl: await testApp.app.getUrl(),
    token: shuttleToken!,
    retry: { initialDelayMs: 20, maxDelayMs: 100, ackTimeoutMs: 2_000 },
    logger: { info: () => {}, warn: quiet, error: quiet },
    onAcknowledged: (name, data, ack) => acknowledged.push({ name, data, ack }),
  });
  await relay.ready;
  await vi.waitFor(() => expect(shuttle).toBeDefined());
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await relay?.stop();
  await standIn?.close();
  await testApp?.close();
});

describe('the example Shuttle relay', () => {
  it("forwards the documentation's five events, and gives Shuttle the demo rule's form on up", async () => {
    for (const sample of shuttleSamples) shuttle.emit(sample.event, sample);
    await vi.waitFor(() => expect(acknowledged).toHaveLength(5));
    expect(acknowledged.every(({ ack }) => ack.ok && !ack.duplicate)).toBe(true);

    const prisma = testApp.database.prisma;
    const calls = await prisma.call.findMany({ where: { source: 'shuttle' }, include: { events: true } });
    const byId = new Map(calls.map((call) => [call.externalCallId, call]));
    expect(byId.get(shuttleSampleUp.uniqueid)).toMatchObject({ state: 'answered', holdSeconds: 2 });
    expect(
      byId
        .get(shuttleSampleUp.uniqueid)
        ?.events.map((event) => event.type)
        .sort(),
    ).toEqual(['ringing', 'up']);
    expect(byId.get(shuttleSampleHangup.uniqueid)).toMatchObject({ state: 'ended', talkSeconds: 2 });
    expect(byId.get(shuttleSampleAbandon.uniqueid)).toMatchObject({ state: 'abandoned', holdSeconds: 4 });
    expect(byId.get(shuttleSampleOutbound.uniqueid)).toMatchObject({ direction: 'outbound' });

    // As the template's wakeup(), notification() and pushevent() would: once each for the answered call.
    const forUp = received.filter(
      ([name, payload]) =>
        (name === 'AgentCTI' || name === 'AgentCTINotification') &&
        (payload as { peer: string }).peer === shuttleSampleUp.peer,
    );
    expect(forUp).toEqual([
      ['AgentCTI', { url: expect.stringMatching(FORM_URL), peer: shuttleSampleUp.peer, mode: 'new_frame' }],
      [
        'AgentCTINotification',
        {
          peer: shuttleSampleUp.peer,
          type: 'info',
          title: 'Call from 9981003',
          body: 'Queue CC-SIPPSupport',
        },
      ],
    ]);
    const url = (forUp[0]![1] as { url: string }).url;
    const form = await prisma.formSession.findUniqueOrThrow({ where: { id: url.split('/').pop() } });
    expect(form.callId).toBe(byId.get(shuttleSampleUp.uniqueid)?.id);
    expect(received).toContainEqual([
      'RealtimeCTI',
      {
        type: 'screenpop',
        channel: { ...shuttleSampleUp, time: expect.any(String) },
        reference: form.id,
        url,
      },
    ]);
    // Only the up event opens something with the demo rules, so only it reaches the Realtime panel.
    expect(received.filter(([name]) => name === 'RealtimeCTI')).toHaveLength(1);
  });

  it('retries an event until it is stored, keeping the events of a call in order', async () => {
    const record = vi.spyOn(testApp.app.get(CallsRepository), 'recordIntakeEvent');
    record.mockRejectedValueOnce(new Error('database restarting'));
    const uniqueid = '1700000100.1';
    const events = [
      { ...shuttleSampleRinging, uniqueid },
      { ...shuttleSampleUp, uniqueid },
      { ...shuttleSampleHangup, uniqueid },
    ];
    for (const event of events) shuttle.emit(event.event, event);
    await vi.waitFor(() => expect(acknowledgedFor(uniqueid)).toHaveLength(3));

    expect(acknowledgedFor(uniqueid).map(({ name, ack }) => [name, ack.ok])).toEqual([
      ['ringing', true],
      ['up', true],
      ['hangup', true],
    ]);
    expect(record).toHaveBeenCalledTimes(4);
    expect(logged.some((line) => line.startsWith(`Screenpop did not store ringing ${uniqueid}`))).toBe(true);
    const call = await testApp.database.prisma.call.findFirstOrThrow({
      where: { externalCallId: uniqueid },
      include: { events: { orderBy: { occurredAt: 'asc' } } },
    });
    expect(call.state).toBe('ended');
    expect(call.events.map((event) => event.type)).toEqual(['ringing', 'up', 'hangup']);
  });

  it('does not retry an event Screenpop refuses as invalid', async () => {
    const record = vi.spyOn(testApp.app.get(CallsRepository), 'recordIntakeEvent');
    const { peer: _peer, ...noPeer } = { ...shuttleSampleUp, uniqueid: '1700000100.2' };
    shuttle.emit('up', noPeer);
    await vi.waitFor(() => expect(acknowledgedFor('1700000100.2')).toHaveLength(1));
    expect(acknowledgedFor('1700000100.2')[0]?.ack).toMatchObject({ ok: false, issues: [{ path: 'peer' }] });
    expect(record).not.toHaveBeenCalled();
    expect(logged).toContain(
      'Screenpop refused up 1700000100.2: peer: Invalid input: expected string, received undefined',
    );
  });
});
