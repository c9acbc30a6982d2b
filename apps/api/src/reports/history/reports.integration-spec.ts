import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  REPORT_FIGURES,
  type TAgentReportRow,
  type TQueueReportRow,
  type TReportCall,
  type TReportDisposition,
  type TReportFigures,
  type TReportSeriesPoint,
  ZAgentHistory,
  ZAgentReport,
  ZApiError,
  ZQueueReport,
  ZReportCallDetail,
  ZReportCallPage,
  ZReportOptions,
  ZReportSeries,
  ZReportSummary,
} from '@screenpop/contracts';
import type { Agent, Call, Queue, Tenant } from '@screenpop/db';
import {
  type CallOverrides,
  createAgent,
  createCall,
  createFormTemplate,
  createQueue,
  createTenant,
} from '@screenpop/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../../app/create-app.js';
import { signInAs, type SignedIn } from '../../test/sessions.js';
import { TEST_SUPERVISOR_TOKEN } from '../../test/supervisor-socket.js';
import { startTestApp, testConfig, type TestApp } from '../../test/test-app.js';
import { addDays, localDay, localDayOf } from '../local-day.js';
import { CALL_EXPORT_CHUNK } from './report-exports.js';
import { ReportRollup } from './report-rollup.service.js';

/**
 * The history reports on a small fixed data set, every figure worked out by hand from REPORT_FIGURES
 * (@screenpop/contracts). Europe/Paris is UTC+1 in November: local midnight on 10 November is 23:00 UTC on the
 * 9th. The service level counts answers within 20 s.
 *
 * The same answers are checked three times: from the calls alone, with the rollup covering the first day, and
 * with the rollup covering both days (ReportRollup.refresh with a fixed "now", its timer off).
 */
const ENV = {
  SUPERVISOR_TOKEN: TEST_SUPERVISOR_TOKEN,
  REPORTS_TIME_ZONE: 'Europe/Paris',
  SERVICE_LEVEL_SECONDS: '20',
  REPORTS_ROLLUP_INTERVAL_SECONDS: '0',
};
const PARIS = 'Europe/Paris';
/** 10 and 11 November 2026, local days in Paris. */
const PERIOD = 'period=custom&from=2026-11-10&to=2026-11-11';

type QueueKey = 'sales' | 'support' | 'hotline';
type AgentKey = 'ada' | 'bob' | 'xavier' | 'zoe';
type CallKey = keyof typeof CALLS;

interface FormSpec {
  status: 'pending' | 'opened' | 'completed';
  /** Seconds after the call rang. */
  created: number;
  opened?: number;
  completed?: number;
  disposition?: string;
  wrapUp?: number;
  autopause?: string;
  title?: string;
}

interface CallSpec {
  source: 'shuttle' | 'xivo';
  direction: 'inbound' | 'outbound' | 'unknown';
  state: 'ringing' | 'answered' | 'ended' | 'abandoned';
  ring: string;
  /** Seconds after the ringing. */
  answer?: number;
  end?: number;
  /** As Shuttle reports it; without it the talk runs from the answer to the hangup. */
  talkSeconds?: number;
  /** Shuttle's holdtime (queue and ring): the wait when given, else from the ringing to the answer or hangup. */
  holdSeconds?: number;
  queue?: QueueKey;
  agent?: AgentKey;
  caller?: string;
  callerName?: string;
  form?: FormSpec;
}

/**
 * The fixture. Ada (Shuttle 101) and Bob (Shuttle 102) take Shuttle calls, Xavier (XiVO 2001) XiVO ones.
 * Times are UTC; Paris is an hour ahead.
 */
const CALLS = {
  // 10 Nov 09:00 Paris. Answered after 5 s; Shuttle says 280 s of talk (300 s from answer to hangup).
  // Form completed "sale" 60 s after the hangup, with an autopause.
  C1: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ended',
    ring: '2026-11-10T08:00:00Z',
    answer: 5,
    end: 305,
    talkSeconds: 280,
    queue: 'sales',
    agent: 'ada',
    caller: '+33 1 23 45 67 89',
    callerName: '=HYPERLINK("http://evil.example")',
    form: {
      status: 'completed',
      created: 1,
      opened: 6,
      completed: 365,
      disposition: 'sale',
      wrapUp: 60,
      autopause: 'Wrap-up',
      title: 'Call from +33 1 23 45 67 89',
    },
  },
  // Answered after 30 s (outside the service level), 120 s of talk from answer to hangup (no talkSeconds).
  // Form completed without a disposition, 30 s of wrap-up.
  C2: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ended',
    ring: '2026-11-10T09:00:00Z',
    answer: 30,
    end: 150,
    queue: 'sales',
    agent: 'bob',
    callerName: 'Dupont, "Jean"',
    form: { status: 'completed', created: 1, opened: 31, completed: 180, wrapUp: 30 },
  },
  // Hung up while Ada's phone rang, 12 s after it started ringing; Shuttle's holdtime (queue and ring) is 16 s:
  // abandoned after a 16 s wait, missed by Ada. Its form was never opened.
  C3: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'abandoned',
    ring: '2026-11-10T10:00:00Z',
    end: 12,
    holdSeconds: 16,
    queue: 'sales',
    agent: 'ada',
    form: { status: 'pending', created: 1 },
  },
  // Hung up after 45 s in the support queue, no agent rang: abandoned, nobody's miss.
  C4: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'abandoned',
    ring: '2026-11-10T11:00:00Z',
    end: 45,
    queue: 'support',
  },
  // Ada calls out; her form is opened, never completed.
  C5: {
    source: 'shuttle',
    direction: 'outbound',
    state: 'ended',
    ring: '2026-11-10T12:00:00Z',
    answer: 10,
    end: 70,
    talkSeconds: 60,
    agent: 'ada',
    form: { status: 'opened', created: 1, opened: 11 },
  },
  // A XiVO call through the hotline queue: answered (XiVO reports calls that reach an agent), no timings.
  // Form completed "callback" with 20 s of wrap-up and an autopause from the opening.
  C6: {
    source: 'xivo',
    direction: 'inbound',
    state: 'ringing',
    ring: '2026-11-10T13:00:00Z',
    queue: 'hotline',
    agent: 'xavier',
    form: {
      status: 'completed',
      created: 0,
      opened: 3,
      completed: 120,
      disposition: 'callback',
      wrapUp: 20,
      autopause: 'Back office',
      title: 'Hotline call',
    },
  },
  // Rings at 23:59:50 on 10 Nov in Paris, answered at 00:00:10 on the 11th after exactly 20 s (within the
  // service level), hung up at 00:03:10: it belongs to 10 November. Shuttle says 175 s of talk.
  C7: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ended',
    ring: '2026-11-10T22:59:50Z',
    answer: 20,
    end: 200,
    talkSeconds: 175,
    queue: 'sales',
    agent: 'bob',
    form: { status: 'completed', created: 1, opened: 21, completed: 245, disposition: 'sale', wrapUp: 45 },
  },
  // 11 Nov 10:00 Paris. Answered 8 s after Ada's phone rang, but Shuttle's holdtime says it waited 22 s in all
  // (outside the service level); 240 s of talk from answer to hangup. Form completed "nointerest" without
  // ever being recorded as opened; 15 s of wrap-up.
  C8: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ended',
    ring: '2026-11-11T09:00:00Z',
    answer: 8,
    end: 248,
    holdSeconds: 22,
    queue: 'sales',
    agent: 'ada',
    form: { status: 'completed', created: 1, completed: 263, disposition: 'nointerest', wrapUp: 15 },
  },
  // A direct call (no queue) to Bob: answered after 2 s, Shuttle says 58 s of talk. No form.
  C9: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ended',
    ring: '2026-11-11T10:00:00Z',
    answer: 2,
    end: 62,
    talkSeconds: 58,
    agent: 'bob',
  },
  // Rang in the sales queue and nothing more came: unresolved (offered, neither answered nor abandoned).
  C10: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ringing',
    ring: '2026-11-11T11:00:00Z',
    queue: 'sales',
  },
  // Answered by Ada after 25 s (outside the service level), never hung up. Form opened, not completed.
  C11: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'answered',
    ring: '2026-11-11T11:30:00Z',
    answer: 25,
    queue: 'support',
    agent: 'ada',
    form: { status: 'opened', created: 1, opened: 26 },
  },
  // A XiVO call of unknown direction without a queue: offered and answered, a direct call.
  C12: {
    source: 'xivo',
    direction: 'unknown',
    state: 'ringing',
    ring: '2026-11-11T14:00:00Z',
    agent: 'xavier',
  },
  // Outside the period: 23:30 on 9 Nov in Paris (still the 9th in UTC).
  B0: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ended',
    ring: '2026-11-09T22:30:00Z',
    answer: 3,
    end: 33,
    queue: 'sales',
    agent: 'bob',
  },
  // Outside the period: 00:30 on 12 Nov in Paris, though still 11 Nov in UTC.
  B1: {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ended',
    ring: '2026-11-11T23:30:00Z',
    answer: 3,
    end: 33,
    queue: 'sales',
    agent: 'ada',
  },
} satisfies Record<string, CallSpec>;

const at = (iso: string, seconds = 0) => new Date(new Date(iso).getTime() + seconds * 1000);
const iso = (date: Date) => date.toISOString();

let testApp: TestApp;
let app: NestFastifyApplication;
let tenant: Tenant;
let supervisor: SignedIn;
let otherTenant: Tenant;
let otherSupervisor: SignedIn;
const queues = {} as Record<QueueKey, Queue>;
const agents = {} as Record<AgentKey, Agent>;
const calls = {} as Record<CallKey, Call>;
/** Ada's calls of the last days, relative to now (the agent histories count days back from today). */
const recent = {} as Record<'today' | 'yesterday' | 'eightDaysAgo' | 'bobToday', Call>;

async function createFixture() {
  const prisma = testApp.database.prisma;
  tenant = await createTenant(prisma);
  supervisor = await signInAs(app, testApp.database, 'supervisor', tenant.id);

  queues.sales = await createQueue(prisma, tenant.id, {
    source: 'shuttle',
    externalId: 'sales',
    name: 'sales',
    displayName: 'Sales',
  });
  queues.support = await createQueue(prisma, tenant.id, {
    source: 'shuttle',
    externalId: 'support',
    name: 'support',
    displayName: null,
  });
  queues.hotline = await createQueue(prisma, tenant.id, {
    source: 'xivo',
    externalId: '7',
    name: 'hotline',
    displayName: 'Hotline',
  });
  const shuttleAgent = (externalId: string, fullName: string) =>
    createAgent(prisma, tenant.id, {
      source: 'shuttle',
      externalId,
      login: null,
      fullName,
      peer: `SIP/${externalId}`,
    });
  agents.ada = await shuttleAgent('101', 'Ada Lovelace');
  agents.bob = await shuttleAgent('102', 'Bob Martin');
  agents.xavier = await createAgent(prisma, tenant.id, {
    source: 'xivo',
    externalId: '2001',
    login: '2001',
    fullName: 'Xavier Xivo',
  });
  // An agent without a call: offered as a filter, absent from the agents' table.
  agents.zoe = await shuttleAgent('109', 'Zoe Idle');

  // Disposition labels: the oldest template's label wins for a code several define.
  const template = await createFormTemplate(prisma, tenant.id, {
    name: 'Sales form',
    dispositions: [
      { code: 'sale', label: 'Sale' },
      { code: 'callback', label: 'Call back' },
      { code: 'nointerest', label: 'Not interested' },
    ],
    createdAt: new Date('2026-01-01T00:00:00Z'),
  });
  await createFormTemplate(prisma, tenant.id, {
    name: 'Later form',
    dispositions: [
      { code: 'sale', label: 'Sold' },
      { code: 'info', label: 'Information' },
    ],
    createdAt: new Date('2026-02-01T00:00:00Z'),
  });

  for (const [key, spec] of Object.entries(CALLS) as [CallKey, CallSpec][]) {
    calls[key] = await createCall(prisma, tenant.id, {
      source: spec.source,
      externalCallId: `${key}-${randomUUID()}`,
      direction: spec.direction,
      state: spec.state,
      ringingAt: at(spec.ring),
      answeredAt: spec.answer === undefined ? null : at(spec.ring, spec.answer),
      endedAt: spec.end === undefined ? null : at(spec.ring, spec.end),
      talkSeconds: spec.talkSeconds ?? null,
      holdSeconds: spec.holdSeconds ?? null,
      queueId: spec.queue ? queues[spec.queue].id : null,
      agentId: spec.agent ? agents[spec.agent].id : null,
      ...(spec.caller ? { caller: spec.caller } : {}),
      callerName: spec.callerName ?? null,
      hangupReason: key === 'C1' ? 'caller' : null,
      userData: key === 'C1' ? { ticket: 'T-1' } : undefined,
    });
    const form = spec.form;
    if (form) {
      await prisma.formSession.create({
        data: {
          id: `form-${key}-${randomUUID()}`,
          tenantId: tenant.id,
          callId: calls[key].id,
          templateId: template.id,
          status: form.status,
          title: form.title ?? null,
          data: key === 'C1' ? { notes: 'Wants a quote' } : {},
          disposition: form.disposition ?? null,
          openedAt: form.opened === undefined ? null : at(spec.ring, form.opened),
          completedAt: form.completed === undefined ? null : at(spec.ring, form.completed),
          wrapUpSeconds: form.wrapUp ?? null,
          autopause: form.autopause !== undefined,
          autopauseReason: form.autopause ?? null,
          createdAt: at(spec.ring, form.created),
        },
      });
    }
  }

  // C1's Shuttle events and C6's XiVO event, written out of order: the timeline sorts them.
  const event = (call: Call, type: string, seconds: number, payload: Record<string, unknown>) =>
    prisma.callEvent.create({
      data: {
        callId: call.id,
        type,
        occurredAt: at(iso(call.ringingAt), seconds),
        dedupeKey: `${type}-${seconds}`,
        payload: payload as object,
      },
    });
  await event(calls.C1, 'hangup', 305, {
    agentname: 'Ada Lovelace',
    queue: 'sales',
    reason: 'caller',
    holdtime: 5,
    talktime: 280,
  });
  await event(calls.C1, 'ringing', 0, { agentnum: '101', queue: 'sales' });
  await event(calls.C1, 'up', 5, { agentname: 'Ada Lovelace', agentnum: '101', queue: 'sales', holdtime: 5 });
  await event(calls.C6, 'thirdparty', 0, {
    user: { fullName: 'Xavier Xivo', agentId: 2001 },
    queue: { name: 'hotline', displayName: 'Hotline' },
  });

  // Recent calls: one rings today (halfway between local midnight and now), one rang yesterday, one eight
  // local days ago (in a 8-day history, not in a 7-day one); one of Bob's today.
  const now = new Date();
  const today = localDay(now, PARIS);
  const todayCall = new Date(today.from.getTime() + Math.floor((now.getTime() - today.from.getTime()) / 2));
  const yesterdayCall = new Date(today.from.getTime() - 3_600_000);
  const eightDaysAgo = new Date(localDayOf(addDays(today.date, -7), PARIS).from.getTime() + 3_600_000);
  const shuttleCall = (agent: Agent, ringingAt: Date, extra: CallOverrides) =>
    createCall(prisma, tenant.id, {
      source: 'shuttle',
      direction: 'inbound',
      queueId: queues.sales.id,
      agentId: agent.id,
      ringingAt,
      ...extra,
    });
  recent.today = await shuttleCall(agents.ada, todayCall, { state: 'ringing' });
  recent.yesterday = await shuttleCall(agents.ada, yesterdayCall, {
    state: 'ended',
    answeredAt: new Date(yesterdayCall.getTime() + 4_000),
    endedAt: new Date(yesterdayCall.getTime() + 104_000),
  });
  recent.eightDaysAgo = await shuttleCall(agents.ada, eightDaysAgo, {
    state: 'abandoned',
    endedAt: new Date(eightDaysAgo.getTime() + 7_000),
  });
  recent.bobToday = await shuttleCall(agents.bob, todayCall, { state: 'ringing' });

  // Another tenant's calls on the same days, its queue, agent and dispositions: never in this tenant's reports.
  otherTenant = await createTenant(prisma);
  otherSupervisor = await signInAs(app, testApp.database, 'supervisor', otherTenant.id);
  const otherQueue = await createQueue(prisma, otherTenant.id, { source: 'shuttle', name: 'sales' });
  const otherAgent = await createAgent(prisma, otherTenant.id, { source: 'shuttle', externalId: '101' });
  await createFormTemplate(prisma, otherTenant.id, {
    dispositions: [{ code: 'sale', label: 'Other sale' }],
    createdAt: new Date('2025-01-01T00:00:00Z'),
  });
  const otherCall = await createCall(prisma, otherTenant.id, {
    source: 'shuttle',
    direction: 'inbound',
    state: 'ended',
    queueId: otherQueue.id,
    agentId: otherAgent.id,
    ringingAt: at('2026-11-10T08:30:00Z'),
    answeredAt: at('2026-11-10T08:30:03Z'),
    endedAt: at('2026-11-10T08:31:00Z'),
  });
  await prisma.formSession.create({
    data: {
      id: `form-other-${randomUUID()}`,
      tenantId: otherTenant.id,
      callId: otherCall.id,
      status: 'completed',
      disposition: 'sale',
      completedAt: at('2026-11-10T08:32:00Z'),
      wrapUpSeconds: 60,
    },
  });
}

beforeAll(async () => {
  testApp = await startTestApp(ENV);
  app = testApp.app;
  await createFixture();
}, 120_000);

afterAll(() => testApp?.close());

async function get<S extends z.ZodType>(
  url: string,
  schema: S,
  headers = supervisor.headers,
): Promise<z.infer<S>> {
  const response = await app.inject({ method: 'GET', url, headers });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return schema.parse(response.json());
}

async function csv(url: string, headers = supervisor.headers): Promise<string[][]> {
  const response = await app.inject({ method: 'GET', url, headers });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.body.startsWith('\ufeff')).toBe(true);
  return parseCsv(response.body.slice(1));
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const cell = (value: string | number | null) => (value === null ? '' : String(value));

async function problem(url: string, headers = supervisor.headers) {
  const response = await app.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, body: ZApiError.parse(response.json()) };
}

// ---------------------------------------------------------------------------------------------------------
// The answers, worked out by hand from the definitions (REPORT_FIGURES) and the fixture above.
// ---------------------------------------------------------------------------------------------------------

const SUMMARY: TReportFigures = {
  // C1–C12: B0 rang on 9 November in Paris, B1 on the 12th, the other tenant's call is not ours.
  calls: 12,
  // Every call but the outbound C5.
  offered: 11,
  // Shuttle calls with an answer (C1, C2, C7, C8, C9, C11) and the offered XiVO calls (C6, C12).
  answered: 8,
  // C3 (while Ada's phone rang) and C4 (in the queue); C10 is unresolved.
  abandoned: 2,
  // C5.
  outbound: 1,
  // 2 / 11 = 18.18…%
  abandonRate: 18.2,
  // Answered Shuttle calls: (5 + 30 + 20 + 22 + 2 + 25) / 6 = 104 / 6 = 17.33… (C8's wait is its holdtime).
  asaSeconds: 17.3,
  // Answered Shuttle calls that ended, talk + wrap-up: C1 280+60, C2 120+30, C7 175+45, C8 240+15, C9 58
  // = 1023 / 5 (C11 has not ended).
  ahtSeconds: 204.6,
  // (280 + 120 + 175 + 240 + 58) / 5 = 873 / 5.
  avgTalkSeconds: 174.6,
  // Completed forms of those calls: (60 + 30 + 45 + 15) / 4 = 37.5 (C6 is XiVO: left out).
  avgWrapUpSeconds: 37.5,
  // Within 20 s: C1 (5), C7 (20), C9 (2), of 6 answered Shuttle calls + 2 abandoned = 3 / 8 (C8 waited 22 s).
  serviceLevel: 37.5,
  // C4 waited 45 s (C2 30, C11 25, C8 22, C7 20, C3 16…).
  longestWaitSeconds: 45,
  // C1, C2, C3, C5, C6, C7, C8, C11.
  formsShown: 8,
  // All but C3's (never opened); C8's counts, completed without an opening recorded.
  formsOpened: 7,
  // C1, C2, C6, C7, C8.
  formsCompleted: 5,
  // 5 / 7 = 71.43…%
  formCompletionRate: 71.4,
};

// Shares of the 5 completed forms; most first, then by code (none first).
const DISPOSITIONS: TReportDisposition[] = [
  // C1, C7: 2 / 5
  { code: 'sale', label: 'Sale', count: 2, share: 40 },
  // C2
  { code: null, label: null, count: 1, share: 20 },
  // C6
  { code: 'callback', label: 'Call back', count: 1, share: 20 },
  // C8
  { code: 'nointerest', label: 'Not interested', count: 1, share: 20 },
];

const SERIES_BY_DAY: TReportSeriesPoint[] = [
  {
    // 10 November: C1–C7 (C7 rang at 23:59:50).
    startsAt: '2026-11-09T23:00:00.000Z',
    label: '2026-11-10',
    // C1, C2, C3, C4, C6, C7
    offered: 6,
    // C1, C2, C6, C7
    answered: 4,
    // C3, C4
    abandoned: 2,
    outbound: 1,
    // (340 + 150 + 220) / 3 = 236.66…
    ahtSeconds: 236.7,
    // (5 + 30 + 20) / 3 = 18.33…
    asaSeconds: 18.3,
    // C1, C7 within 20 s, of C1, C2, C7 answered and C3, C4 abandoned: 2 / 5
    serviceLevel: 40,
  },
  {
    // 11 November: C8–C12.
    startsAt: '2026-11-10T23:00:00.000Z',
    label: '2026-11-11',
    // C8, C9, C10, C11, C12
    offered: 5,
    // C8, C9, C11, C12
    answered: 4,
    abandoned: 0,
    outbound: 0,
    // (255 + 58) / 2 (C11 has not ended)
    ahtSeconds: 156.5,
    // (22 + 2 + 25) / 3 = 16.33…
    asaSeconds: 16.3,
    // C9 of C8, C9, C11: 1 / 3
    serviceLevel: 33.3,
  },
];

const point = (
  label: string,
  offered: number,
  answered: number,
  abandoned: number,
  outbound: number,
  ahtSeconds: number | null,
  asaSeconds: number | null,
  serviceLevel: number | null,
) => ({ label, offered, answered, abandoned, outbound, ahtSeconds, asaSeconds, serviceLevel });

/** The hours (UTC start) with calls; every other hour of the 48 is empty. Labels are Paris time. */
const BUSY_HOURS: Record<string, ReturnType<typeof point>> = {
  // C1: handle 280 + 60, waited 5 s
  '2026-11-10T08:00:00.000Z': point('2026-11-10 09:00', 1, 1, 0, 0, 340, 5, 100),
  // C2: 120 + 30, waited 30 s
  '2026-11-10T09:00:00.000Z': point('2026-11-10 10:00', 1, 1, 0, 0, 150, 30, 0),
  // C3: abandoned
  '2026-11-10T10:00:00.000Z': point('2026-11-10 11:00', 1, 0, 1, 0, null, null, 0),
  // C4: abandoned
  '2026-11-10T11:00:00.000Z': point('2026-11-10 12:00', 1, 0, 1, 0, null, null, 0),
  // C5: outbound only
  '2026-11-10T12:00:00.000Z': point('2026-11-10 13:00', 0, 0, 0, 1, null, null, null),
  // C6: XiVO, no timings
  '2026-11-10T13:00:00.000Z': point('2026-11-10 14:00', 1, 1, 0, 0, null, null, null),
  // C7: 175 + 45, waited 20 s
  '2026-11-10T22:00:00.000Z': point('2026-11-10 23:00', 1, 1, 0, 0, 220, 20, 100),
  // C8: 240 + 15, waited 22 s (its holdtime)
  '2026-11-11T09:00:00.000Z': point('2026-11-11 10:00', 1, 1, 0, 0, 255, 22, 0),
  // C9: 58, waited 2 s
  '2026-11-11T10:00:00.000Z': point('2026-11-11 11:00', 1, 1, 0, 0, 58, 2, 100),
  // C10 (unresolved) and C11 (answered after 25 s, not ended)
  '2026-11-11T11:00:00.000Z': point('2026-11-11 12:00', 2, 1, 0, 0, null, 25, 0),
  // C12: XiVO
  '2026-11-11T14:00:00.000Z': point('2026-11-11 15:00', 1, 1, 0, 0, null, null, null),
};

const agentRow =
  (
    key: 'ada' | 'bob' | 'xavier',
    figures: Omit<TAgentReportRow, 'agentId' | 'source' | 'name' | 'externalId'>,
  ) =>
  (): TAgentReportRow => ({
    agentId: agents[key].id,
    source: agents[key].source,
    name: agents[key].fullName!,
    externalId: agents[key].externalId,
    ...figures,
  });

const AGENT_ROWS = {
  ada: agentRow('ada', {
    // C1, C8, C11
    answered: 3,
    // C3
    missed: 1,
    // (280 + 240) / 2
    avgTalkSeconds: 260,
    // (60 + 15) / 2
    avgWrapUpSeconds: 37.5,
    // (280 + 60 + 240 + 15) / 2 = 595 / 2
    ahtSeconds: 297.5,
    // C1, C5, C8, C11
    formsOpened: 4,
    // C1, C8
    formsCompleted: 2,
  }),
  bob: agentRow('bob', {
    // C2, C7, C9
    answered: 3,
    missed: 0,
    // (120 + 175 + 58) / 3 = 353 / 3 = 117.66…
    avgTalkSeconds: 117.7,
    // (30 + 45) / 2
    avgWrapUpSeconds: 37.5,
    // (353 + 75) / 3 = 142.66…
    ahtSeconds: 142.7,
    // C2, C7
    formsOpened: 2,
    formsCompleted: 2,
  }),
  xavier: agentRow('xavier', {
    // C6, C12: XiVO, no timings
    answered: 2,
    missed: 0,
    avgTalkSeconds: null,
    avgWrapUpSeconds: null,
    ahtSeconds: null,
    formsOpened: 1,
    formsCompleted: 1,
  }),
};

const QUEUE_ROWS = {
  sales: (): TQueueReportRow => ({
    queueId: queues.sales.id,
    source: 'shuttle',
    name: 'Sales',
    // C1, C2, C3, C7, C8, C10
    offered: 6,
    // C1, C2, C7, C8
    answered: 4,
    // C3
    abandoned: 1,
    // 1 / 6 = 16.66…%
    abandonRate: 16.7,
    // (5 + 30 + 20 + 22) / 4 = 19.25, half up
    asaSeconds: 19.3,
    // C1, C7 within 20 s of C1, C2, C7, C8, C3: 2 / 5
    serviceLevel: 40,
    // (340 + 150 + 220 + 255) / 4 = 965 / 4 = 241.25, half up
    ahtSeconds: 241.3,
    // C2 (C8 22, C7 20, C3 16)
    longestWaitSeconds: 30,
  }),
  support: (): TQueueReportRow => ({
    queueId: queues.support.id,
    source: 'shuttle',
    // No display name: the queue's name.
    name: 'support',
    // C4, C11
    offered: 2,
    answered: 1,
    abandoned: 1,
    abandonRate: 50,
    asaSeconds: 25,
    // C11 waited 25 s, C4 abandoned: 0 / 2
    serviceLevel: 0,
    // C11 has not ended
    ahtSeconds: null,
    longestWaitSeconds: 45,
  }),
  hotline: (): TQueueReportRow => ({
    queueId: queues.hotline.id,
    source: 'xivo',
    name: 'Hotline',
    // C6
    offered: 1,
    answered: 1,
    abandoned: 0,
    abandonRate: 0,
    asaSeconds: null,
    serviceLevel: null,
    ahtSeconds: null,
    longestWaitSeconds: null,
  }),
  direct: (): TQueueReportRow => ({
    queueId: null,
    source: null,
    name: null,
    // C9, C12 (C5 is outbound)
    offered: 2,
    answered: 2,
    abandoned: 0,
    abandonRate: 0,
    // C9 alone has a wait (C12 is XiVO)
    asaSeconds: 2,
    serviceLevel: 100,
    ahtSeconds: 58,
    longestWaitSeconds: 2,
  }),
};

type CallFacts = Pick<
  TReportCall,
  | 'outcome'
  | 'waitSeconds'
  | 'talkSeconds'
  | 'wrapUpSeconds'
  | 'formStatus'
  | 'disposition'
  | 'queueName'
  | 'agentName'
>;
const facts = (
  outcome: TReportCall['outcome'],
  waitSeconds: number | null,
  talkSeconds: number | null,
  wrapUpSeconds: number | null,
  formStatus: TReportCall['formStatus'],
  disposition: string | null,
  queueName: string | null,
  agentName: string | null,
): CallFacts => ({
  outcome,
  waitSeconds,
  talkSeconds,
  wrapUpSeconds,
  formStatus,
  disposition,
  queueName,
  agentName,
});

/** Each call of the period as the call list shows it. */
const CALL_FACTS: Record<Exclude<CallKey, 'B0' | 'B1'>, CallFacts> = {
  C1: facts('answered', 5, 280, 60, 'completed', 'sale', 'Sales', 'Ada Lovelace'),
  // Talk from answer to hangup: 150 − 30.
  C2: facts('answered', 30, 120, 30, 'completed', null, 'Sales', 'Bob Martin'),
  // Its holdtime, not the 12 s from ringing to hangup.
  C3: facts('abandoned', 16, null, null, 'pending', null, 'Sales', 'Ada Lovelace'),
  C4: facts('abandoned', 45, null, null, null, null, 'support', null),
  C5: facts('outbound', null, null, null, 'opened', null, null, 'Ada Lovelace'),
  C6: facts('answered', null, null, null, 'completed', 'callback', 'Hotline', 'Xavier Xivo'),
  C7: facts('answered', 20, 175, 45, 'completed', 'sale', 'Sales', 'Bob Martin'),
  // Waited 22 s (holdtime); talk 248 − 8.
  C8: facts('answered', 22, 240, 15, 'completed', 'nointerest', 'Sales', 'Ada Lovelace'),
  C9: facts('answered', 2, 58, null, null, null, null, 'Bob Martin'),
  C10: facts('unresolved', null, null, null, null, null, 'Sales', null),
  C11: facts('answered', 25, null, null, 'opened', null, 'support', 'Ada Lovelace'),
  C12: facts('answered', null, null, null, null, null, null, 'Xavier Xivo'),
};
/** Newest first. */
const NEWEST_FIRST = ['C12', 'C11', 'C10', 'C9', 'C8', 'C7', 'C6', 'C5', 'C4', 'C3', 'C2', 'C1'] as const;

const ids = (keys: readonly CallKey[]) => keys.map((key) => calls[key].id);

// ---------------------------------------------------------------------------------------------------------

const PHASES = [
  { name: 'from the calls alone (no rollup yet)', refreshAt: null, coverage: null, result: null },
  {
    // Settled days end before yesterday (11 Nov): the rollup covers 9 and 10 Nov, the 11th is read raw.
    name: 'with the rollup covering 10 November and the calls of the 11th',
    refreshAt: '2026-11-12T12:00:00Z',
    coverage: { from: '2026-11-09', to: '2026-11-11' },
    // The first refresh builds from the first call's day (9 Nov) to the 11th.
    result: { skipped: false, rebuilt: true, days: 2 },
  },
  {
    name: 'with the rollup covering both days',
    refreshAt: '2026-11-20T12:00:00Z',
    coverage: { from: '2026-11-09', to: '2026-11-19' },
    // Extends to the 19th (8 days from the 11th); 10 Nov is recomputed too, its forms were written within the
    // change margin of the last refresh.
    result: { skipped: false, rebuilt: false, days: 9 },
  },
] as const;

describe.each(PHASES)('history reports $name', (phase) => {
  beforeAll(async () => {
    const rollup = app.get(ReportRollup);
    if (phase.refreshAt) {
      expect(await rollup.refresh(tenant.id, new Date(phase.refreshAt))).toEqual(phase.result);
    }
    expect(await rollup.coverage(tenant.id)).toEqual(phase.coverage);
    // The rollup's rows are there once it covers days (both grains), and none before.
    const prisma = testApp.database.prisma;
    const rows = await Promise.all([
      prisma.reportCallDay.count({ where: { tenantId: tenant.id } }),
      prisma.reportCallHour.count({ where: { tenantId: tenant.id } }),
    ]);
    expect(rows.map((count) => count > 0)).toEqual(phase.coverage ? [true, true] : [false, false]);
  });

  it('GET /api/reports/summary: every figure, and the dispositions', async () => {
    const summary = await get(`/api/reports/summary?${PERIOD}`, ZReportSummary);
    expect(summary).toEqual({
      period: {
        preset: 'custom',
        from: '2026-11-10',
        to: '2026-11-11',
        timeZone: PARIS,
        startsAt: '2026-11-09T23:00:00.000Z',
        endsBefore: '2026-11-11T23:00:00.000Z',
      },
      serviceLevelSeconds: 20,
      figures: SUMMARY,
      dispositions: DISPOSITIONS,
    });
  });

  it('GET /api/reports/summary: the local days the calls rang on, nothing for a day without calls', async () => {
    // B0 rang at 23:30 on 9 Nov in Paris, B1 at 00:30 on the 12th.
    const day = async (date: string) =>
      (await get(`/api/reports/summary?period=custom&from=${date}&to=${date}`, ZReportSummary)).figures;
    expect(await day('2026-11-09')).toMatchObject({ calls: 1, answered: 1, asaSeconds: 3, ahtSeconds: 30 });
    expect(await day('2026-11-12')).toMatchObject({ calls: 1, answered: 1, asaSeconds: 3, ahtSeconds: 30 });
    // C1–C7 on the 10th, C7 included though it was answered and ended on the 11th.
    expect(await day('2026-11-10')).toMatchObject({ calls: 7, offered: 6, answered: 4, abandoned: 2 });
    expect(await day('2026-11-11')).toMatchObject({ calls: 5, offered: 5, answered: 4, abandoned: 0 });
    const empty = await get(
      '/api/reports/summary?period=custom&from=2026-11-14&to=2026-11-15',
      ZReportSummary,
    );
    expect(empty.figures).toEqual({
      calls: 0,
      offered: 0,
      answered: 0,
      abandoned: 0,
      outbound: 0,
      abandonRate: null,
      asaSeconds: null,
      ahtSeconds: null,
      avgTalkSeconds: null,
      avgWrapUpSeconds: null,
      serviceLevel: null,
      longestWaitSeconds: null,
      formsShown: 0,
      formsOpened: 0,
      formsCompleted: 0,
      formCompletionRate: null,
    });
    expect(empty.dispositions).toEqual([]);
  });

  it('GET /api/reports/summary: filtered by agent, disposition, direction, source and queue', async () => {
    const summary = (filter: string) => get(`/api/reports/summary?${PERIOD}&${filter}`, ZReportSummary);

    const ada = await summary(`agent=${agents.ada.id}`);
    expect(ada.figures).toEqual({
      // C1, C3, C5, C8, C11
      calls: 5,
      offered: 4,
      // C1, C8, C11
      answered: 3,
      // C3
      abandoned: 1,
      outbound: 1,
      // 1 / 4
      abandonRate: 25,
      // (5 + 22 + 25) / 3 = 17.33…
      asaSeconds: 17.3,
      // (340 + 255) / 2
      ahtSeconds: 297.5,
      avgTalkSeconds: 260,
      avgWrapUpSeconds: 37.5,
      // C1 of C1, C8, C11, C3
      serviceLevel: 25,
      // C11 (C8 22, C3 16)
      longestWaitSeconds: 25,
      formsShown: 5,
      formsOpened: 4,
      formsCompleted: 2,
      formCompletionRate: 50,
    });
    expect(ada.dispositions).toEqual([
      { code: 'nointerest', label: 'Not interested', count: 1, share: 50 },
      { code: 'sale', label: 'Sale', count: 1, share: 50 },
    ]);

    const none = await summary('disposition=none');
    expect(none.figures).toEqual({
      // Without a completed form's disposition: C2 (completed without one), C3, C4, C5, C9, C10, C11, C12
      calls: 8,
      offered: 7,
      // C2, C9, C11, C12
      answered: 4,
      abandoned: 2,
      outbound: 1,
      // 2 / 7 = 28.57…%
      abandonRate: 28.6,
      // (30 + 2 + 25) / 3
      asaSeconds: 19,
      // (150 + 58) / 2
      ahtSeconds: 104,
      // (120 + 58) / 2
      avgTalkSeconds: 89,
      // C2
      avgWrapUpSeconds: 30,
      // C9 within 20 s, of C2, C9, C11, C3, C4: 1 / 5
      serviceLevel: 20,
      longestWaitSeconds: 45,
      // C2, C3, C5, C11
      formsShown: 4,
      // C2, C5, C11
      formsOpened: 3,
      formsCompleted: 1,
      // 1 / 3
      formCompletionRate: 33.3,
    });
    expect(none.dispositions).toEqual([{ code: null, label: null, count: 1, share: 100 }]);

    const sale = await summary('disposition=sale');
    // C1, C7: handle (340 + 220) / 2, waits 5 and 20
    expect(sale.figures).toMatchObject({
      calls: 2,
      answered: 2,
      ahtSeconds: 280,
      asaSeconds: 12.5,
      serviceLevel: 100,
    });
    expect(sale.dispositions).toEqual([{ code: 'sale', label: 'Sale', count: 2, share: 100 }]);

    const outbound = await summary('direction=outbound');
    expect(outbound.figures).toEqual({
      ...SUMMARY,
      // C5 alone: no offered call, nothing to average; its form was opened, not completed.
      calls: 1,
      offered: 0,
      answered: 0,
      abandoned: 0,
      outbound: 1,
      abandonRate: null,
      asaSeconds: null,
      ahtSeconds: null,
      avgTalkSeconds: null,
      avgWrapUpSeconds: null,
      serviceLevel: null,
      longestWaitSeconds: null,
      formsShown: 1,
      formsOpened: 1,
      formsCompleted: 0,
      formCompletionRate: 0,
    });

    // C6, C12: answered, no timings; C6's completed form.
    expect((await summary('source=xivo')).figures).toMatchObject({
      calls: 2,
      offered: 2,
      answered: 2,
      asaSeconds: null,
      ahtSeconds: null,
      avgWrapUpSeconds: null,
      serviceLevel: null,
      formsCompleted: 1,
    });
    // C12 alone.
    expect((await summary('direction=unknown')).figures).toMatchObject({ calls: 1, offered: 1, answered: 1 });
    // The queue's row of the queues' table, and its calls: C1, C2, C3, C7, C8, C10.
    const { queueId: _queueId, source: _source, name: _name, ...sales } = QUEUE_ROWS.sales();
    expect((await summary(`queue=${queues.sales.id}`)).figures).toMatchObject({ calls: 6, ...sales });
    // Filters combine: Ada's calls without a disposition are C3, C5, C11.
    expect((await summary(`agent=${agents.ada.id}&disposition=none`)).figures).toMatchObject({
      calls: 3,
      offered: 2,
      answered: 1,
      abandoned: 1,
      outbound: 1,
    });
    // A queue of another tenant, or nobody's id: nothing.
    expect((await summary(`queue=${randomUUID()}`)).figures.calls).toBe(0);
  });

  it('GET /api/reports/series?interval=day: one point per local day', async () => {
    const series = await get(`/api/reports/series?${PERIOD}&interval=day`, ZReportSeries);
    expect(series.interval).toBe('day');
    expect(series.points).toEqual(SERIES_BY_DAY);
  });

  it('GET /api/reports/series?interval=hour: 48 hours, labelled in Paris time, empty ones included', async () => {
    const series = await get(`/api/reports/series?${PERIOD}&interval=hour`, ZReportSeries);
    expect(series.interval).toBe('hour');
    expect(series.points).toHaveLength(48);
    expect(series.points[0]).toMatchObject({
      startsAt: '2026-11-09T23:00:00.000Z',
      label: '2026-11-10 00:00',
    });
    expect(series.points[47]).toMatchObject({
      startsAt: '2026-11-11T22:00:00.000Z',
      label: '2026-11-11 23:00',
    });
    const busy = series.points.filter((p) => p.startsAt in BUSY_HOURS);
    expect(Object.fromEntries(busy.map(({ startsAt, ...rest }) => [startsAt, rest]))).toEqual(BUSY_HOURS);
    for (const quiet of series.points.filter((p) => !(p.startsAt in BUSY_HOURS))) {
      expect(quiet).toMatchObject({
        offered: 0,
        answered: 0,
        abandoned: 0,
        outbound: 0,
        ahtSeconds: null,
        asaSeconds: null,
        serviceLevel: null,
      });
    }
    // Hours add up to the days.
    expect(series.points.reduce((sum, p) => sum + p.offered, 0)).toBe(SUMMARY.offered);
    // Without an interval: hours for a period of up to 2 days, days beyond.
    expect((await get(`/api/reports/series?${PERIOD}`, ZReportSeries)).interval).toBe('hour');
    const three = await get('/api/reports/series?period=custom&from=2026-11-09&to=2026-11-11', ZReportSeries);
    expect(three.interval).toBe('day');
    expect(three.points.map((p) => [p.label, p.offered])).toEqual([
      ['2026-11-09', 1],
      ['2026-11-10', 6],
      ['2026-11-11', 5],
    ]);
  });

  it('GET /api/reports/agents: the agents with calls, sorted', async () => {
    const rows = async (query = '') =>
      (await get(`/api/reports/agents?${PERIOD}${query}`, ZAgentReport)).rows;
    // By answered, most first; Ada and Bob tie on 3 and go by name. Zoe took no call.
    expect(await rows()).toEqual([AGENT_ROWS.ada(), AGENT_ROWS.bob(), AGENT_ROWS.xavier()]);
    const names = async (query: string) => (await rows(query)).map((row) => row.name);
    expect(await names('&sort=name&order=desc')).toEqual(['Xavier Xivo', 'Bob Martin', 'Ada Lovelace']);
    // 117.7 < 260; Xavier has none: last either way.
    expect(await names('&sort=avgTalkSeconds&order=asc')).toEqual([
      'Bob Martin',
      'Ada Lovelace',
      'Xavier Xivo',
    ]);
    expect(await names('&sort=ahtSeconds&order=desc')).toEqual(['Ada Lovelace', 'Bob Martin', 'Xavier Xivo']);
    expect(await names('&sort=missed&order=desc')).toEqual(['Ada Lovelace', 'Bob Martin', 'Xavier Xivo']);
    expect(await names('&sort=formsOpened&order=asc')).toEqual(['Xavier Xivo', 'Bob Martin', 'Ada Lovelace']);
    // Filtered: Sales calls only (Ada C1, C3, C8; Bob C2, C7).
    expect(await rows(`&queue=${queues.sales.id}&sort=name&order=asc`)).toMatchObject([
      { name: 'Ada Lovelace', answered: 2, missed: 1, ahtSeconds: 297.5, formsOpened: 2 },
      // (150 + 220) / 2
      { name: 'Bob Martin', answered: 2, missed: 0, ahtSeconds: 185 },
    ]);
  });

  it('GET /api/reports/queues: a row per queue and one for the direct calls, last', async () => {
    const rows = async (query = '') =>
      (await get(`/api/reports/queues?${PERIOD}${query}`, ZQueueReport)).rows;
    // By offered, most first: Sales 6, support 2, Hotline 1; the direct calls (2) come last whatever the order.
    expect(await rows()).toEqual([
      QUEUE_ROWS.sales(),
      QUEUE_ROWS.support(),
      QUEUE_ROWS.hotline(),
      QUEUE_ROWS.direct(),
    ]);
    const names = async (query: string) => (await rows(query)).map((row) => row.name);
    expect(await names('&sort=offered&order=asc')).toEqual(['Hotline', 'support', 'Sales', null]);
    expect(await names('&sort=name&order=asc')).toEqual(['Hotline', 'Sales', 'support', null]);
    expect(await names('&sort=name&order=desc')).toEqual(['support', 'Sales', 'Hotline', null]);
    // 0 (Hotline), 16.7, 50.
    expect(await names('&sort=abandonRate&order=asc')).toEqual(['Hotline', 'Sales', 'support', null]);
    // 45, 30; Hotline has no wait: last of the queues.
    expect(await names('&sort=longestWaitSeconds&order=desc')).toEqual(['support', 'Sales', 'Hotline', null]);
    // Bob's calls: C2, C7 in Sales, C9 direct.
    expect(await rows(`&agent=${agents.bob.id}`)).toMatchObject([
      { name: 'Sales', offered: 2, answered: 2, asaSeconds: 25 },
      { queueId: null, offered: 1, answered: 1, asaSeconds: 2 },
    ]);
  });

  it('GET /api/reports/calls: newest first, a page at a time, with the total', async () => {
    const page = (query: string) => get(`/api/reports/calls?${PERIOD}&${query}`, ZReportCallPage);
    const all = await page('pageSize=100');
    expect(all.total).toBe(12);
    expect(all.items.map((item) => item.id)).toEqual(ids(NEWEST_FIRST));
    for (const item of all.items) {
      const key = NEWEST_FIRST[all.items.indexOf(item)]!;
      expect(item, key).toMatchObject({
        ...CALL_FACTS[key],
        source: CALLS[key].source,
        direction: CALLS[key].direction,
        ringingAt: at(CALLS[key].ring).toISOString(),
        externalCallId: calls[key].externalCallId,
        agentId: calls[key].agentId,
      });
    }
    expect(all.items.find((item) => item.id === calls.C1.id)).toMatchObject({
      caller: '+33 1 23 45 67 89',
      callerName: '=HYPERLINK("http://evil.example")',
    });

    const pages = await Promise.all([1, 2, 3, 4].map((n) => page(`pageSize=5&page=${n}`)));
    expect(pages.map((p) => [p.page, p.pageSize, p.total])).toEqual([
      [1, 5, 12],
      [2, 5, 12],
      [3, 5, 12],
      [4, 5, 12],
    ]);
    expect(pages.map((p) => p.items.map((item) => item.id))).toEqual([
      ids(['C12', 'C11', 'C10', 'C9', 'C8']),
      ids(['C7', 'C6', 'C5', 'C4', 'C3']),
      ids(['C2', 'C1']),
      [],
    ]);
    // Default page size: 25.
    expect((await page('')).pageSize).toBe(25);
  });

  it('GET /api/reports/calls: every filter, the total following it', async () => {
    const list = async (filter: string) => {
      const result = await get(`/api/reports/calls?${PERIOD}&pageSize=100&${filter}`, ZReportCallPage);
      expect(result.total, filter).toBe(result.items.length);
      return result.items.map((item) => item.id);
    };
    expect(await list('source=xivo')).toEqual(ids(['C12', 'C6']));
    expect(await list('source=shuttle')).toEqual(
      ids(['C11', 'C10', 'C9', 'C8', 'C7', 'C5', 'C4', 'C3', 'C2', 'C1']),
    );
    expect(await list('source=vodia')).toEqual([]);
    expect(await list(`queue=${queues.sales.id}`)).toEqual(ids(['C10', 'C8', 'C7', 'C3', 'C2', 'C1']));
    expect(await list(`queue=${queues.support.id}`)).toEqual(ids(['C11', 'C4']));
    expect(await list(`agent=${agents.ada.id}`)).toEqual(ids(['C11', 'C8', 'C5', 'C3', 'C1']));
    expect(await list(`agent=${agents.zoe.id}`)).toEqual([]);
    expect(await list('direction=outbound')).toEqual(ids(['C5']));
    expect(await list('direction=unknown')).toEqual(ids(['C12']));
    expect(await list('direction=inbound')).toHaveLength(10);
    expect(await list('disposition=sale')).toEqual(ids(['C7', 'C1']));
    expect(await list('disposition=callback')).toEqual(ids(['C6']));
    expect(await list('disposition=none')).toEqual(ids(['C12', 'C11', 'C10', 'C9', 'C5', 'C4', 'C3', 'C2']));
    expect(await list(`agent=${agents.ada.id}&disposition=none`)).toEqual(ids(['C11', 'C5', 'C3']));
    expect(await list(`source=shuttle&direction=inbound&queue=${queues.sales.id}&disposition=sale`)).toEqual(
      ids(['C7', 'C1']),
    );
  });

  it('GET /api/reports/export/:table: every table as CSV', async () => {
    const exported = (table: string, query = '') => csv(`/api/reports/export/${table}?${PERIOD}${query}`);

    const summary = await exported('summary');
    expect(summary[0]).toEqual(['figure', 'value', 'definition']);
    expect(summary.slice(1).map(([figure, value]) => [figure, value])).toEqual(
      Object.entries(SUMMARY).map(([figure, value]) => [figure, cell(value)]),
    );
    expect(summary.find((row) => row[0] === 'offered')?.[2]).toBe(REPORT_FIGURES.offered);
    expect(summary.find((row) => row[0] === 'asaSeconds')?.[2]).toBe(REPORT_FIGURES.asa);

    expect(await exported('dispositions')).toEqual([
      ['code', 'label', 'count', 'share'],
      ...DISPOSITIONS.map((d) => [cell(d.code), cell(d.label), cell(d.count), cell(d.share)]),
    ]);

    const seriesColumns = [
      'startsAt',
      'label',
      'offered',
      'answered',
      'abandoned',
      'outbound',
      'ahtSeconds',
      'asaSeconds',
      'serviceLevel',
    ] as const;
    expect(await exported('series', '&interval=day')).toEqual([
      [...seriesColumns],
      ...SERIES_BY_DAY.map((p) => seriesColumns.map((column) => cell(p[column]))),
    ]);
    const hours = await exported('series', '&interval=hour');
    expect(hours).toHaveLength(1 + 48);
    expect(hours.find((row) => row[0] === '2026-11-10T22:00:00.000Z')).toEqual([
      '2026-11-10T22:00:00.000Z',
      '2026-11-10 23:00',
      '1',
      '1',
      '0',
      '0',
      '220',
      '20',
      '100',
    ]);

    const agentColumns = [
      'name',
      'source',
      'externalId',
      'answered',
      'missed',
      'avgTalkSeconds',
      'avgWrapUpSeconds',
      'ahtSeconds',
      'formsOpened',
      'formsCompleted',
    ] as const;
    expect(await exported('agents', '&sort=name&order=desc')).toEqual([
      [...agentColumns],
      ...[AGENT_ROWS.xavier(), AGENT_ROWS.bob(), AGENT_ROWS.ada()].map((row) =>
        agentColumns.map((column) => cell(row[column])),
      ),
    ]);

    const queueColumns = [
      'name',
      'source',
      'offered',
      'answered',
      'abandoned',
      'abandonRate',
      'asaSeconds',
      'serviceLevel',
      'ahtSeconds',
      'longestWaitSeconds',
    ] as const;
    expect(await exported('queues')).toEqual([
      [...queueColumns],
      ...[QUEUE_ROWS.sales(), QUEUE_ROWS.support(), QUEUE_ROWS.hotline(), QUEUE_ROWS.direct()].map((row) =>
        queueColumns.map((column) => cell(row[column])),
      ),
    ]);

    const callsCsv = await exported('calls');
    expect(callsCsv[0]).toEqual([
      'id',
      'ringingAt',
      'source',
      'externalCallId',
      'direction',
      'outcome',
      'caller',
      'callerName',
      'callee',
      'queueName',
      'agentName',
      'waitSeconds',
      'talkSeconds',
      'wrapUpSeconds',
      'formStatus',
      'disposition',
      'dispositionLabel',
    ]);
    // Every call of the period, newest first.
    expect(callsCsv.slice(1).map((row) => row[0])).toEqual(ids(NEWEST_FIRST));
    const row = (key: CallKey) => callsCsv.find((r) => r[0] === calls[key].id);
    expect(row('C1')).toEqual([
      calls.C1.id,
      '2026-11-10T08:00:00.000Z',
      'shuttle',
      calls.C1.externalCallId,
      'inbound',
      'answered',
      // A phone number is kept; a formula gets an apostrophe.
      '+33 1 23 45 67 89',
      '\'=HYPERLINK("http://evil.example")',
      '3001',
      'Sales',
      'Ada Lovelace',
      '5',
      '280',
      '60',
      'completed',
      'sale',
      // The oldest template's label.
      'Sale',
    ]);
    expect(row('C2')?.[7]).toBe('Dupont, "Jean"');
    expect(row('C10')?.slice(5)).toEqual([
      'unresolved',
      calls.C10.caller,
      '',
      '3001',
      'Sales',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    // Filtered like the list.
    expect((await exported('calls', `&agent=${agents.ada.id}`)).slice(1).map((r) => r[0])).toEqual(
      ids(['C11', 'C8', 'C5', 'C3', 'C1']),
    );
  });
});

describe('GET /api/reports/calls/:id', () => {
  it("answers a call's details, its form and the timeline, oldest first", async () => {
    const detail = await get(`/api/reports/calls/${calls.C1.id}`, ZReportCallDetail);
    expect(detail.call).toEqual({
      id: calls.C1.id,
      source: 'shuttle',
      externalCallId: calls.C1.externalCallId,
      direction: 'inbound',
      outcome: 'answered',
      ringingAt: '2026-11-10T08:00:00.000Z',
      caller: '+33 1 23 45 67 89',
      callerName: '=HYPERLINK("http://evil.example")',
      callee: '3001',
      queueName: 'Sales',
      agentId: agents.ada.id,
      agentName: 'Ada Lovelace',
      waitSeconds: 5,
      talkSeconds: 280,
      wrapUpSeconds: 60,
      formStatus: 'completed',
      disposition: 'sale',
      dispositionLabel: 'Sale',
      state: 'ended',
      answeredAt: '2026-11-10T08:00:05.000Z',
      endedAt: '2026-11-10T08:05:05.000Z',
      hangupReason: 'caller',
      queueId: queues.sales.id,
      userData: { ticket: 'T-1' },
    });
    expect(detail.form).toEqual({
      id: expect.stringMatching(/^form-C1-/),
      title: 'Call from +33 1 23 45 67 89',
      templateName: 'Sales form',
      // The template's fields, to name the saved values.
      fields: [{ name: 'notes', label: 'Notes' }],
      status: 'completed',
      data: { notes: 'Wants a quote' },
      disposition: 'sale',
      dispositionLabel: 'Sale',
      openedAt: '2026-11-10T08:00:06.000Z',
      completedAt: '2026-11-10T08:06:05.000Z',
      wrapUpSeconds: 60,
      autopause: true,
      autopauseReason: 'Wrap-up',
    });
    // Events, then form steps, then the autopause at the same instant; a Shuttle agent is paused from the hangup.
    expect(detail.timeline.map(({ at, kind, type, detail }) => [at, kind, type, detail])).toEqual([
      ['2026-11-10T08:00:00.000Z', 'event', 'ringing', 'agent: 101, queue: sales'],
      ['2026-11-10T08:00:01.000Z', 'form', 'shown', 'Call from +33 1 23 45 67 89'],
      ['2026-11-10T08:00:05.000Z', 'event', 'up', 'agent: Ada Lovelace, queue: sales, hold: 5'],
      ['2026-11-10T08:00:06.000Z', 'form', 'opened', null],
      [
        '2026-11-10T08:05:05.000Z',
        'event',
        'hangup',
        'agent: Ada Lovelace, queue: sales, reason: caller, hold: 5, talk: 280',
      ],
      ['2026-11-10T08:05:05.000Z', 'autopause', 'started', 'Wrap-up'],
      ['2026-11-10T08:06:05.000Z', 'form', 'completed', 'Sale'],
      ['2026-11-10T08:06:05.000Z', 'autopause', 'ended', null],
    ]);
    expect(detail.timeline[0]?.payload).toEqual({ agentnum: '101', queue: 'sales' });
  });

  it('pauses a XiVO agent from the opening of the form', async () => {
    const detail = await get(`/api/reports/calls/${calls.C6.id}`, ZReportCallDetail);
    expect(detail.call).toMatchObject({
      outcome: 'answered',
      waitSeconds: null,
      talkSeconds: null,
      wrapUpSeconds: null,
    });
    expect(detail.timeline.map(({ at, kind, type, detail }) => [at, kind, type, detail])).toEqual([
      ['2026-11-10T13:00:00.000Z', 'event', 'thirdparty', 'agent: Xavier Xivo, queue: Hotline'],
      ['2026-11-10T13:00:00.000Z', 'form', 'shown', 'Hotline call'],
      ['2026-11-10T13:00:03.000Z', 'form', 'opened', null],
      ['2026-11-10T13:00:03.000Z', 'autopause', 'started', 'Back office'],
      ['2026-11-10T13:02:00.000Z', 'form', 'completed', 'Call back'],
      ['2026-11-10T13:02:00.000Z', 'autopause', 'ended', null],
    ]);
  });

  it('shows a form never opened, one completed without a disposition, and a call without a form', async () => {
    const pending = await get(`/api/reports/calls/${calls.C3.id}`, ZReportCallDetail);
    expect(pending.call).toMatchObject({
      outcome: 'abandoned',
      waitSeconds: 16,
      state: 'abandoned',
      answeredAt: null,
    });
    expect(pending.form).toMatchObject({
      status: 'pending',
      openedAt: null,
      completedAt: null,
      autopause: false,
    });
    expect(pending.timeline.map(({ kind, type }) => `${kind} ${type}`)).toEqual(['form shown']);

    const noDisposition = await get(`/api/reports/calls/${calls.C2.id}`, ZReportCallDetail);
    expect(noDisposition.form).toMatchObject({
      status: 'completed',
      disposition: null,
      dispositionLabel: null,
    });
    expect(noDisposition.timeline.map(({ kind, type, detail }) => [kind, type, detail])).toEqual([
      ['form', 'shown', null],
      ['form', 'opened', null],
      ['form', 'completed', null],
    ]);

    const noForm = await get(`/api/reports/calls/${calls.C4.id}`, ZReportCallDetail);
    expect(noForm.form).toBeNull();
    expect(noForm.timeline).toEqual([]);
    expect(noForm.call).toMatchObject({
      queueName: 'support',
      agentId: null,
      agentName: null,
      waitSeconds: 45,
    });
  });

  it("answers 404 for an unknown id, a malformed one, and another tenant's call", async () => {
    expect((await problem(`/api/reports/calls/${randomUUID()}`)).status).toBe(404);
    expect((await problem('/api/reports/calls/not-a-uuid')).status).toBe(404);
    expect((await problem(`/api/reports/calls/${calls.C1.id}`, otherSupervisor.headers)).status).toBe(404);
    // A signed-in supervisor's tenant is their own, whatever the query says.
    expect(
      (await problem(`/api/reports/calls/${calls.C1.id}?tenant=${tenant.slug}`, otherSupervisor.headers))
        .status,
    ).toBe(404);
  });
});

describe("an agent's call history", () => {
  const adaHistory = (query = '') => get(`/api/reports/agents/${agents.ada.id}/calls${query}`, ZAgentHistory);
  const sinceDaysAgo = (days: number) =>
    localDayOf(addDays(localDay(new Date(), PARIS).date, -(days - 1)), PARIS).from.toISOString();

  it('GET /api/reports/agents/:id/calls: the calls of the last days, today included, newest first', async () => {
    const week = await adaHistory();
    expect(week).toMatchObject({
      agents: [{ id: agents.ada.id, source: 'shuttle', name: 'Ada Lovelace', externalId: '101' }],
      days: 7,
      since: sinceDaysAgo(7),
      total: 2,
      page: 1,
      pageSize: 50,
    });
    expect(week.items.map((item) => [item.id, item.outcome, item.waitSeconds, item.talkSeconds])).toEqual([
      [recent.today.id, 'unresolved', null, null],
      // Answered after 4 s, 100 s of talk.
      [recent.yesterday.id, 'answered', 4, 100],
    ]);
    const eight = await adaHistory('?days=8');
    expect(eight.since).toBe(sinceDaysAgo(8));
    expect(eight.items.map((item) => [item.id, item.outcome, item.waitSeconds])).toEqual([
      [recent.today.id, 'unresolved', null],
      [recent.yesterday.id, 'answered', 4],
      [recent.eightDaysAgo.id, 'abandoned', 7],
    ]);
    expect((await adaHistory('?days=1')).items.map((item) => item.id)).toEqual([recent.today.id]);
    const second = await adaHistory('?days=8&pageSize=1&page=2');
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 1 });
    expect(second.items.map((item) => item.id)).toEqual([recent.yesterday.id]);
  });

  it('answers 404 for an unknown agent or one of another tenant, 400 for a bad number of days', async () => {
    expect((await problem(`/api/reports/agents/${randomUUID()}/calls`)).status).toBe(404);
    expect((await problem('/api/reports/agents/101/calls')).status).toBe(404);
    expect(
      (await problem(`/api/reports/agents/${agents.ada.id}/calls`, otherSupervisor.headers)).status,
    ).toBe(404);
    for (const days of ['0', '91', 'week']) {
      const { status, body } = await problem(`/api/reports/agents/${agents.ada.id}/calls?days=${days}`);
      expect(status).toBe(400);
      expect(body.issues?.map((issue) => issue.path)).toEqual(['days']);
    }
  });

  it("GET /api/me/calls: the calls of the Shuttle agent the user's identity names", async () => {
    const prisma = testApp.database.prisma;
    const me = await signInAs(app, testApp.database, 'agent', tenant.id);
    await prisma.userIdentity.create({
      data: { tenantId: tenant.id, userId: me.user.id, platform: 'shuttle', externalId: '101' },
    });
    const mine = await get('/api/me/calls', ZAgentHistory, me.headers);
    expect(mine).toMatchObject({
      agents: [{ id: agents.ada.id, name: 'Ada Lovelace', externalId: '101' }],
      days: 7,
      total: 2,
    });
    // Not Bob's call of today.
    expect(mine.items.map((item) => item.id)).toEqual([recent.today.id, recent.yesterday.id]);
    expect((await get('/api/me/calls?days=8', ZAgentHistory, me.headers)).total).toBe(3);
    const { status, body } = await problem('/api/me/calls?days=91', me.headers);
    expect(status).toBe(400);
    expect(body.issues?.map((issue) => issue.path)).toEqual(['days']);

    // A user whose identities name no agent has no calls.
    const stranger = await signInAs(app, testApp.database, 'agent', tenant.id);
    expect(await get('/api/me/calls', ZAgentHistory, stranger.headers)).toMatchObject({
      agents: [],
      items: [],
      total: 0,
    });
  });
});

describe('GET /api/reports/options', () => {
  it("offers the tenant's queues, agents and dispositions, not another tenant's", async () => {
    expect(await get('/api/reports/options', ZReportOptions)).toEqual({
      // By platform (xivo before shuttle, as the enum declares them), then name.
      queues: [
        { id: queues.hotline.id, source: 'xivo', name: 'Hotline' },
        { id: queues.sales.id, source: 'shuttle', name: 'Sales' },
        { id: queues.support.id, source: 'shuttle', name: 'support' },
      ],
      agents: [
        { id: agents.ada.id, source: 'shuttle', name: 'Ada Lovelace', externalId: '101' },
        { id: agents.bob.id, source: 'shuttle', name: 'Bob Martin', externalId: '102' },
        { id: agents.xavier.id, source: 'xivo', name: 'Xavier Xivo', externalId: '2001' },
        { id: agents.zoe.id, source: 'shuttle', name: 'Zoe Idle', externalId: '109' },
      ],
      // The oldest template's labels first; "sale" keeps its first label.
      dispositions: [
        { code: 'sale', label: 'Sale' },
        { code: 'callback', label: 'Call back' },
        { code: 'nointerest', label: 'Not interested' },
        { code: 'info', label: 'Information' },
      ],
    });
  });
});

describe('who may read the reports', () => {
  const ROUTES = [
    `/api/reports/summary?${PERIOD}`,
    `/api/reports/series?${PERIOD}`,
    `/api/reports/agents?${PERIOD}`,
    `/api/reports/queues?${PERIOD}`,
    `/api/reports/calls?${PERIOD}`,
    '/api/reports/calls/00000000-0000-4000-8000-000000000000',
    '/api/reports/agents/00000000-0000-4000-8000-000000000000/calls',
    '/api/reports/options',
    `/api/reports/export/calls?${PERIOD}`,
  ];

  it('answers 401 without a session', async () => {
    for (const url of [...ROUTES, '/api/me/calls']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });

  it('answers 403 to an agent on /api/reports/*', async () => {
    const agent = await signInAs(app, testApp.database, 'agent', tenant.id);
    for (const url of ROUTES) {
      expect((await app.inject({ method: 'GET', url, headers: agent.headers })).statusCode, url).toBe(403);
    }
  });

  it("shows a supervisor their own tenant's figures only, whatever tenant the query names", async () => {
    const other = await get(
      `/api/reports/summary?${PERIOD}&tenant=${tenant.slug}`,
      ZReportSummary,
      otherSupervisor.headers,
    );
    // The other tenant's one call, answered after 3 s, and its completed "sale" (labelled by its own template).
    expect(other.figures).toMatchObject({ calls: 1, answered: 1, asaSeconds: 3, formsCompleted: 1 });
    expect(other.dispositions).toEqual([{ code: 'sale', label: 'Other sale', count: 1, share: 100 }]);
  });

  it('lets the supervisor token name the tenant', async () => {
    const headers = { authorization: `Bearer ${TEST_SUPERVISOR_TOKEN}` };
    const response = await app.inject({
      method: 'GET',
      url: `/api/reports/summary?${PERIOD}&tenant=${tenant.slug}`,
      headers,
    });
    expect(response.statusCode).toBe(200);
    expect(ZReportSummary.parse(response.json()).figures).toEqual(SUMMARY);
    const unknown = await app.inject({
      method: 'GET',
      url: `/api/reports/summary?${PERIOD}&tenant=no-such-tenant`,
      headers,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('invalid requests', () => {
  const refused = async (url: string) => {
    const { status, body } = await problem(url);
    expect(status, url).toBe(400);
    return body.issues?.map((issue) => issue.path);
  };

  it('answers 400 naming the field', async () => {
    expect(await refused('/api/reports/summary?period=custom&to=2026-11-11')).toEqual(['from']);
    expect(await refused('/api/reports/summary?period=custom')).toEqual(['from', 'to']);
    expect(await refused('/api/reports/summary?period=custom&from=2026-11-12&to=2026-11-10')).toEqual(['to']);
    expect(await refused('/api/reports/summary?period=custom&from=2026-02-30&to=2026-03-01')).toEqual([
      'from',
    ]);
    expect(await refused('/api/reports/summary?period=custom&from=2026/11/10&to=2026-11-11')).toEqual([
      'from',
    ]);
    expect(await refused('/api/reports/summary?period=lastYear')).toEqual(['period']);
    // 2025-01-01 + 400 days: 401 days, both included.
    expect(await refused('/api/reports/summary?period=custom&from=2025-01-01&to=2026-02-05')).toEqual(['to']);
    expect(
      await refused(`/api/reports/series?period=custom&from=2026-11-01&to=2026-11-08&interval=hour`),
    ).toEqual(['interval']);
    expect(await refused('/api/reports/series?period=today&interval=minute')).toEqual(['interval']);
    expect(await refused('/api/reports/summary?queue=not-a-uuid')).toEqual(['queue']);
    expect(await refused('/api/reports/calls?agent=42')).toEqual(['agent']);
    expect(await refused('/api/reports/calls?source=asterisk')).toEqual(['source']);
    expect(await refused('/api/reports/calls?direction=sideways')).toEqual(['direction']);
    expect(await refused('/api/reports/calls?pageSize=500')).toEqual(['pageSize']);
    expect(await refused('/api/reports/agents?sort=salary')).toEqual(['sort']);
    expect(await refused('/api/reports/queues?order=up')).toEqual(['order']);
    expect(await refused('/api/reports/export/agents?sort=salary')).toEqual(['sort']);
    expect(await refused('/api/reports/export/series?period=last30Days&interval=hour')).toEqual(['interval']);
  });

  it('accepts the longest periods', async () => {
    // 2025-01-01 + 399 days = 2026-02-04: 400 days.
    await get('/api/reports/summary?period=custom&from=2025-01-01&to=2026-02-04', ZReportSummary);
    const week = await get(
      '/api/reports/series?period=custom&from=2026-11-01&to=2026-11-07&interval=hour',
      ZReportSeries,
    );
    expect(week.points).toHaveLength(7 * 24);
  });

  it('answers 404 for an unknown export table', async () => {
    const { status } = await problem(`/api/reports/export/pivot?${PERIOD}`);
    expect(status).toBe(404);
  });
});

describe('hourly series on the days the clocks change in Paris', () => {
  const hours = async (date: string) =>
    (
      await get(`/api/reports/series?period=custom&from=${date}&to=${date}&interval=hour`, ZReportSeries)
    ).points.map((p) => p.label.slice(11));

  it('has 23 hours on 2026-03-29, without 02:00', async () => {
    const labels = await hours('2026-03-29');
    expect(labels).toHaveLength(23);
    expect(labels.slice(0, 4)).toEqual(['00:00', '01:00', '03:00', '04:00']);
    expect(labels.at(-1)).toBe('23:00');
  });

  it('has 25 hours on 2026-10-25, 02:00 twice', async () => {
    const labels = await hours('2026-10-25');
    expect(labels).toHaveLength(25);
    expect(labels.slice(0, 5)).toEqual(['00:00', '01:00', '02:00', '02:00', '03:00']);
    expect(labels.at(-1)).toBe('23:00');
  });
});

describe('the calls export, past one chunk', () => {
  it('streams every call once, newest first, across chunks', async () => {
    const prisma = testApp.database.prisma;
    const big = await createTenant(prisma);
    const bigSupervisor = await signInAs(app, testApp.database, 'supervisor', big.id);
    // Five calls per second from 10:00 UTC on 5 November: the chunk boundary falls among calls of one instant.
    const count = CALL_EXPORT_CHUNK + 7;
    const start = Date.parse('2026-11-05T10:00:00Z');
    const rows = Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      tenantId: big.id,
      source: 'shuttle' as const,
      externalCallId: `bulk-${i}`,
      caller: '0100000000',
      callee: '3001',
      direction: 'inbound' as const,
      state: 'abandoned' as const,
      ringingAt: new Date(start + Math.floor(i / 5) * 1000),
      endedAt: new Date(start + Math.floor(i / 5) * 1000 + 3000),
    }));
    await prisma.call.createMany({ data: rows });
    const expected = [...rows]
      .sort((a, b) => b.ringingAt.getTime() - a.ringingAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((row) => row.id);

    const exported = await csv(
      '/api/reports/export/calls?period=custom&from=2026-11-05&to=2026-11-05',
      bigSupervisor.headers,
    );
    const exportedIds = exported.slice(1).map((row) => row[0]);
    expect(exportedIds).toHaveLength(count);
    expect(new Set(exportedIds).size).toBe(count);
    expect(exportedIds).toEqual(expected);
    // Every one abandoned after 3 s.
    expect(new Set(exported.slice(1).map((row) => `${row[5]} ${row[11]}`))).toEqual(new Set(['abandoned 3']));
  });
});

describe('waits that are not known', () => {
  it('count for the service level, not for the longest wait, unless Shuttle gave a holdtime', async () => {
    const prisma = testApp.database.prisma;
    const edge = await createTenant(prisma);
    const edgeSupervisor = await signInAs(app, testApp.database, 'supervisor', edge.id);
    const [first, second] = await Promise.all(
      ['first', 'second'].map((name) => createQueue(prisma, edge.id, { source: 'shuttle', name })),
    );
    // 6 Nov: two Shuttle calls recorded as abandoned without a hangup time; only the second has a holdtime.
    const unknown = await createCall(prisma, edge.id, {
      source: 'shuttle',
      direction: 'inbound',
      state: 'abandoned',
      queueId: first!.id,
      ringingAt: at('2026-11-06T10:00:00Z'),
    });
    const held = await createCall(prisma, edge.id, {
      source: 'shuttle',
      direction: 'inbound',
      state: 'abandoned',
      queueId: second!.id,
      holdSeconds: 9,
      ringingAt: at('2026-11-06T11:00:00Z'),
    });
    const day = 'period=custom&from=2026-11-06&to=2026-11-06';
    const check = async () => {
      const summary = (query: string) =>
        get(`/api/reports/summary?${day}${query}`, ZReportSummary, edgeSupervisor.headers);
      // Both abandoned: 0 of 2 within the threshold; the longest known wait is the holdtime.
      expect((await summary('')).figures).toMatchObject({
        abandoned: 2,
        serviceLevel: 0,
        longestWaitSeconds: 9,
      });
      // The first alone: abandoned, its wait not known (not 0).
      expect((await summary(`&queue=${first!.id}`)).figures).toMatchObject({
        abandoned: 1,
        serviceLevel: 0,
        longestWaitSeconds: null,
      });
      const list = await get(`/api/reports/calls?${day}`, ZReportCallPage, edgeSupervisor.headers);
      expect(list.items.map((item) => [item.id, item.outcome, item.waitSeconds])).toEqual([
        [held.id, 'abandoned', 9],
        [unknown.id, 'abandoned', null],
      ]);
    };
    await check();
    expect(await app.get(ReportRollup).refresh(edge.id, new Date('2026-11-20T12:00:00Z'))).toMatchObject({
      rebuilt: true,
    });
    await check();
  });
});

describe('the rollup keeps up with late changes', () => {
  it('picks up a form completed and a call ended after its day was rolled up', async () => {
    const prisma = testApp.database.prisma;
    const late = await createTenant(prisma);
    const lateSupervisor = await signInAs(app, testApp.database, 'supervisor', late.id);
    const rollup = app.get(ReportRollup);
    // 5 Nov: one call answered after 4 s with 60 s of talk, its form opened; one still ringing.
    const answered = await createCall(prisma, late.id, {
      source: 'shuttle',
      direction: 'inbound',
      state: 'ended',
      ringingAt: at('2026-11-05T10:00:00Z'),
      answeredAt: at('2026-11-05T10:00:04Z'),
      endedAt: at('2026-11-05T10:01:04Z'),
    });
    const form = await prisma.formSession.create({
      data: {
        id: `form-late-${randomUUID()}`,
        tenantId: late.id,
        callId: answered.id,
        status: 'opened',
        openedAt: at('2026-11-05T10:00:05Z'),
      },
    });
    const ringing = await createCall(prisma, late.id, {
      source: 'shuttle',
      direction: 'inbound',
      state: 'ringing',
      ringingAt: at('2026-11-05T11:00:00Z'),
    });
    const day = (date = '2026-11-05') =>
      get(
        `/api/reports/summary?period=custom&from=${date}&to=${date}`,
        ZReportSummary,
        lateSupervisor.headers,
      );

    expect(await rollup.refresh(late.id, new Date('2026-11-20T12:00:00Z'))).toMatchObject({ rebuilt: true });
    expect(await rollup.coverage(late.id)).toEqual({ from: '2026-11-05', to: '2026-11-19' });
    const before = {
      calls: 2,
      answered: 1,
      abandoned: 0,
      // 60 / 1: no wrap-up yet
      ahtSeconds: 60,
      avgWrapUpSeconds: null,
      // 1 of 1 measured
      serviceLevel: 100,
      formsOpened: 1,
      formsCompleted: 0,
    };
    expect((await day()).figures).toMatchObject(before);

    // Days later: the form is completed, the caller of the ringing call turns out to have hung up after 30 s.
    await prisma.formSession.update({
      where: { id: form.id },
      data: {
        status: 'completed',
        disposition: 'sale',
        completedAt: at('2026-11-05T10:01:16Z'),
        wrapUpSeconds: 12,
      },
    });
    await prisma.call.update({
      where: { id: ringing.id },
      data: { state: 'abandoned', endedAt: at('2026-11-05T11:00:30Z') },
    });
    await prisma.callEvent.create({
      data: { callId: ringing.id, type: 'abandon', dedupeKey: 'abandon', payload: { reason: 'caller' } },
    });
    // The call list reads the calls: it shows the change at once; the figures come from the rollup until it
    // is refreshed.
    const list = await get(
      '/api/reports/calls?period=custom&from=2026-11-05&to=2026-11-05',
      ZReportCallPage,
      lateSupervisor.headers,
    );
    expect(list.items.map((item) => item.outcome)).toEqual(['abandoned', 'answered']);
    expect((await day()).figures).toMatchObject(before);

    // Only 5 Nov is recomputed.
    expect(await rollup.refresh(late.id, new Date('2026-11-20T12:00:00Z'))).toEqual({
      skipped: false,
      rebuilt: false,
      days: 1,
    });
    const after = await day();
    expect(after.figures).toMatchObject({
      calls: 2,
      answered: 1,
      abandoned: 1,
      // 1 / 2
      abandonRate: 50,
      // 60 + 12
      ahtSeconds: 72,
      avgWrapUpSeconds: 12,
      // 4 s within 20, the abandon not: 1 / 2
      serviceLevel: 50,
      longestWaitSeconds: 30,
      formsOpened: 1,
      formsCompleted: 1,
      formCompletionRate: 100,
    });
    expect(after.dispositions).toEqual([{ code: 'sale', label: null, count: 1, share: 100 }]);

    // A call that turns up on a day before the rollup's first makes it rebuild from there.
    const early = await createCall(prisma, late.id, {
      source: 'shuttle',
      direction: 'inbound',
      state: 'ringing',
      ringingAt: at('2026-11-01T10:00:00Z'),
    });
    await prisma.callEvent.create({
      data: { callId: early.id, type: 'ringing', dedupeKey: 'ringing', payload: {} },
    });
    expect(await rollup.refresh(late.id, new Date('2026-11-20T12:00:00Z'))).toMatchObject({ rebuilt: true });
    expect(await rollup.coverage(late.id)).toEqual({ from: '2026-11-01', to: '2026-11-19' });
    expect((await day('2026-11-01')).figures.calls).toBe(1);
    expect((await day()).figures).toMatchObject({ abandoned: 1, formsCompleted: 1 });
  });
});

describe('the rollup rebuilds when its settings change', () => {
  /** Another app on the same database with other settings. */
  async function withSettings(
    env: Record<string, string>,
    run: (other: NestFastifyApplication) => Promise<void>,
  ) {
    const other = await createApp({ config: testConfig({ ...ENV, ...env }), database: testApp.database });
    try {
      await run(other);
    } finally {
      await other.close();
    }
  }
  const summaryOf = async (on: NestFastifyApplication) => {
    const response = await on.inject({
      method: 'GET',
      url: `/api/reports/summary?${PERIOD}`,
      headers: supervisor.headers,
    });
    expect(response.statusCode).toBe(200);
    return ZReportSummary.parse(response.json());
  };
  const refreshAt = new Date('2026-11-20T12:00:00Z');

  it('a service-level threshold of 30 s', async () => {
    await withSettings({ SERVICE_LEVEL_SECONDS: '30' }, async (other) => {
      const rollup = other.get(ReportRollup);
      // The rollup was made with 20 s: this app reads the calls.
      expect(await rollup.coverage(tenant.id)).toBeNull();
      // Within 30 s: C1 (5), C2 (30), C7 (20), C8 (22), C9 (2), C11 (25), of 6 answered + 2 abandoned: 6 / 8.
      expect((await summaryOf(other)).figures).toEqual({ ...SUMMARY, serviceLevel: 75 });
      expect(await rollup.refresh(tenant.id, refreshAt)).toMatchObject({ rebuilt: true });
      expect(await rollup.coverage(tenant.id)).toEqual({ from: '2026-11-09', to: '2026-11-19' });
      const summary = await summaryOf(other);
      expect(summary.serviceLevelSeconds).toBe(30);
      expect(summary.figures).toEqual({ ...SUMMARY, serviceLevel: 75 });
    });
    // Back to 20 s: the first app no longer trusts the rollup until it rebuilds it.
    const rollup = app.get(ReportRollup);
    expect(await rollup.coverage(tenant.id)).toBeNull();
    expect((await summaryOf(app)).figures).toEqual(SUMMARY);
    expect(await rollup.refresh(tenant.id, refreshAt)).toMatchObject({ rebuilt: true });
    expect((await summaryOf(app)).figures).toEqual(SUMMARY);
  });

  it('the UTC time zone', async () => {
    await withSettings({ REPORTS_TIME_ZONE: 'UTC' }, async (other) => {
      const rollup = other.get(ReportRollup);
      const check = async () => {
        const summary = await summaryOf(other);
        expect(summary.period).toMatchObject({ timeZone: 'UTC', startsAt: '2026-11-10T00:00:00.000Z' });
        // In UTC, 10–11 Nov holds B1 (23:30 UTC on the 11th) besides C1–C12; B0 rang on the 9th.
        expect(summary.figures).toMatchObject({
          calls: 13,
          offered: 12,
          answered: 9,
          // C1, C7, C9, B1 within 20 s, of 7 answered Shuttle calls + 2 abandoned: 4 / 9 = 44.44…%
          serviceLevel: 44.4,
        });
        const response = await other.inject({
          method: 'GET',
          url: `/api/reports/series?${PERIOD}&interval=day`,
          headers: supervisor.headers,
        });
        // 10 Nov UTC: C1–C7 (C7 rang at 22:59:50 UTC); 11 Nov: C8–C12 and B1.
        expect(ZReportSeries.parse(response.json()).points.map((p) => [p.startsAt, p.offered])).toEqual([
          ['2026-11-10T00:00:00.000Z', 6],
          ['2026-11-11T00:00:00.000Z', 6],
        ]);
      };
      expect(await rollup.coverage(tenant.id)).toBeNull();
      await check();
      expect(await rollup.refresh(tenant.id, refreshAt)).toMatchObject({ rebuilt: true });
      expect(await rollup.coverage(tenant.id)).toEqual({ from: '2026-11-09', to: '2026-11-19' });
      await check();
    });
    const rollup = app.get(ReportRollup);
    expect(await rollup.coverage(tenant.id)).toBeNull();
    expect(await rollup.refresh(tenant.id, refreshAt)).toMatchObject({ rebuilt: true });
    const summary = await summaryOf(app);
    expect(summary.figures).toEqual(SUMMARY);
    expect(summary.dispositions).toEqual(DISPOSITIONS);
  });
});
