/**
 * Load generator: months of realistic call-centre history for reports and their benchmark.
 *
 * It only adds rows to one tenant (created when missing), and drops that tenant's report rollup state so the
 * API rebuilds it: it never deletes or changes another row it did
 * not write. The same seed, call count, days and `now` give the same data (ids and form
 * tokens excepted: those are random, as the intakes make them).
 *
 * The model:
 * - Time: ring times spread over `days` (default 180) ending an hour before `now`, so every call
 *   and wrap-up is over. Hour buckets in UTC are weighted by a weekday profile (busy 9–12 and 14–17,
 *   a lunch dip, quiet nights) times a day-of-week factor (Saturday a quarter, Sunday a tenth), with
 *   a ±15 % day-to-day and ±10 % hour-to-hour noise; each bucket gets its exact share of the calls.
 *   Night calls with long talks span midnight.
 * - Roster (the same for every run, created when missing, never changed when present): 6 queues
 *   (Shuttle: Support, Sales, Billing, Technical; XiVO: edition 3001, accounts 3002) and 40 agents
 *   (26 Shuttle, 14 XiVO), each skilled in 1–3 queues of their platform, with their own speed.
 * - Platforms, stored exactly as the intakes store them (same payloads, dedupe keys and states):
 *   - Shuttle inbound (62 %): answered calls get ringing → up → hangup events (state ended, with
 *     holdSeconds = queue wait including ring, ringSeconds, talkSeconds, hangupReason caller or
 *     agent); abandoned ones (4 % at night to 14 % at the peak) get ringing → abandon (gave up while
 *     an agent's phone rang) or only abandon (gave up in the queue): state abandoned, no answeredAt.
 *   - Shuttle outbound (10 %): one "outbound" event, state ringing, direction outbound.
 *   - XiVO (28 %): one "thirdparty" event (the XucMgt POST when the call rings), state ringing,
 *     direction inbound (unknown for the 10 % of direct calls without a queue).
 * - Durations: queue wait mostly a few seconds (85 % answered within 20 s) with a long tail, longer
 *   at busy hours; ring 1–25 s; talk log-normal around the queue's median (150–420 s) times the
 *   agent's speed, 5 s to 45 min.
 * - Forms: every answered Shuttle call and every XiVO call gets a FormSession for the tenant's
 *   "Call report" template (created when missing) from the tenant's first enabled rule using it
 *   that fits the platform and queue (rule id, title and autopause), else none with autopause for
 *   XiVO. About 85 % are completed (data and a disposition from the template, completedAt a
 *   log-normal wrap-up of about 30 s after the call's end), some opened and left, some never opened.
 * - Callers: a pool of numbers (a sixth of the call count, 100 to 60,000) drawn with a skew so many
 *   call again; 5 % of inbound calls come from the tenant's contacts.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { connectionOf, type Database } from '../database.js';
import type { Platform, Prisma, PrismaClient } from '../generated/prisma/client.js';
import { normalisePhone } from '../phone.js';
import { callReport, DEFAULT_TENANT_SLUG } from './demo.js';

export interface LoadOptions {
  calls: number;
  /** Days of history ending now (default 180). */
  days?: number;
  /** Tenant slug (default "default"); created when missing. */
  tenant?: string;
  /** The same seed gives the same calls (default 1). */
  seed?: string | number;
  /** The end of the history (default: now). */
  now?: Date;
  /** Calls written per transaction (default 5,000). */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  calls: number;
  total: number;
  events: number;
  forms: number;
  elapsedMs: number;
}

export interface LoadResult {
  tenantId: string;
  calls: number;
  events: number;
  forms: number;
  /** Agents and queues this run created (0 when the roster was there). */
  agentsCreated: number;
  queuesCreated: number;
  durationMs: number;
  /** Calls, events and forms written per second. */
  rowsPerSecond: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_POOL = 60_000;

// Share of the day's calls by UTC hour on a weekday.
const HOUR_WEIGHTS = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.05, 0.2, 0.6, 1, 1, 0.95, 0.55, 0.5, 0.95, 1, 0.95, 0.7, 0.35, 0.15,
  0.08, 0.05, 0.04, 0.03,
];
// Sunday first, as Date.getUTCDay() counts.
const DAY_WEIGHTS = [0.08, 1.1, 1, 1, 0.95, 0.9, 0.25];
const MAX_HOUR_WEIGHT = Math.max(...HOUR_WEIGHTS) * Math.max(...DAY_WEIGHTS);

interface QueueSpec {
  source: Platform;
  externalId: string;
  name: string;
  displayName: string | null;
  number: string | null;
  /** The number callers dial. */
  dialled: string;
  weight: number;
  talkMedian: number;
}

const QUEUES: QueueSpec[] = [
  q('shuttle', 'Support', 'Support', null, null, '6000', 0.36, 240),
  q('shuttle', 'Sales', 'Sales', null, null, '6001', 0.26, 300),
  q('shuttle', 'Billing', 'Billing', null, null, '6002', 0.2, 200),
  q('shuttle', 'Technical', 'Technical', null, null, '6003', 0.18, 420),
  q('xivo', '2', 'edition', 'Edition', '3001', '3001', 0.55, 180),
  q('xivo', '3', 'accounts', 'Accounts', '3002', '3002', 0.45, 150),
];

function q(
  source: Platform,
  externalId: string,
  name: string,
  displayName: string | null,
  number: string | null,
  dialled: string,
  weight: number,
  talkMedian: number,
): QueueSpec {
  return { source, externalId, name, displayName, number, dialled, weight, talkMedian };
}

const FIRST_NAMES = [
  'Alice', 'Bruno', 'Chloe', 'David', 'Emma', 'Farid', 'Gabrielle', 'Hugo', 'Ines', 'Jules',
  'Karima', 'Louis', 'Manon', 'Nathan', 'Oceane', 'Pierre', 'Quentin', 'Rose', 'Samir', 'Tania',
]; // prettier-ignore
const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
]; // prettier-ignore
const CALLER_NAMES = ['DUPONT', 'LAMBERT', 'FONTAINE', 'ROUSSEAU', 'BLANC', 'GUERIN', 'MULLER', 'HENRY'];
// Ranges ARCEP keeps for fiction.
const POOL_PREFIXES = ['019900', '026191', '035301', '046571', '053649', '063998'];
const COMPANY_NUMBER = '0199000000';
const NOTES = [
  'Customer asked for the invoice again.',
  'Address updated.',
  'Wants a call back tomorrow morning.',
  'Explained the delivery delay.',
  'Password reset done.',
  'Complaint about the last intervention.',
];

interface AgentSpec {
  source: Platform;
  externalId: string;
  firstName: string;
  lastName: string;
  fullName: string;
  userId: string | null;
  peer: string | null;
  sipName: string | null;
  queues: number[];
  /** Talk time multiplier. */
  pace: number;
  /** Share of the queue's calls. */
  weight: number;
}

function roster(): AgentSpec[] {
  // Its own fixed seed: every run, whatever its seed, finds the same agents.
  const random = prng('roster');
  const agents: AgentSpec[] = [];
  for (let i = 0; i < 40; i++) {
    const shuttle = i < 26;
    const source: Platform = shuttle ? 'shuttle' : 'xivo';
    const own = QUEUES.flatMap((queue, index) => (queue.source === source ? [index] : []));
    const firstName = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const lastName = LAST_NAMES[(i * 7 + Math.floor(i / 20)) % LAST_NAMES.length]!;
    const login = `${firstName}.${lastName}`.toLowerCase();
    const skills = new Set([own[i % own.length]!]);
    const extra = Math.floor(random() * 3);
    for (let k = 0; k < extra; k++) skills.add(own[Math.floor(random() * own.length)]!);
    agents.push({
      source,
      externalId: shuttle ? String(1001 + i) : String(101 + i - 26),
      firstName,
      lastName,
      fullName: `${firstName} ${lastName}`,
      userId: shuttle ? null : String(201 + i - 26),
      peer: shuttle ? `SIP/${login}` : null,
      sipName: shuttle ? login : null,
      queues: [...skills].sort((a, b) => a - b),
      pace: 0.75 + random() * 0.6,
      weight: 0.5 + random(),
    });
  }
  return agents;
}

/** The rule that would give a call of this platform and queue its form, as the intakes pick it. */
interface FormPlan {
  ruleId: string | null;
  titleTemplate: string | null;
  autopause: boolean;
  autopauseReason: string | null;
}

interface TemplateShape {
  id: string;
  fields: { name: string; type: string; required?: boolean; options?: { value: string }[] }[];
  dispositions: string[];
}

interface Caller {
  raw: string;
  normalized: string | null;
  name: string | null;
}

interface Context {
  tenantId: string;
  queueIds: string[];
  agentIds: string[];
  agents: AgentSpec[];
  /** Per queue: its agents' indexes and cumulative weights. */
  staff: { agents: number[]; cumulative: number[] }[];
  plans: FormPlan[];
  template: TemplateShape;
  contacts: Caller[];
  poolSize: number;
  pool: Map<number, Caller>;
  company: Caller;
  random: () => number;
  sequence: number;
}

interface Batch {
  calls: Record<(typeof CALL_COLUMNS)[number][0], unknown[]>;
  events: Record<(typeof EVENT_COLUMNS)[number][0], unknown[]>;
  forms: Record<(typeof FORM_COLUMNS)[number][0], unknown[]>;
  callCount: number;
  eventCount: number;
  formCount: number;
}

type ColumnSpec = readonly [name: string, element: string, cast?: string];

const CALL_COLUMNS = [
  ['id', 'uuid'],
  ['tenantId', 'uuid'],
  ['source', 'text', '"Platform"'],
  ['externalCallId', 'text'],
  ['caller', 'text'],
  ['callerNormalized', 'text'],
  ['callerName', 'text'],
  ['callee', 'text'],
  ['queueId', 'uuid'],
  ['agentId', 'uuid'],
  ['direction', 'text', '"CallDirection"'],
  ['state', 'text', '"CallState"'],
  ['ringingAt', 'timestamptz'],
  ['answeredAt', 'timestamptz'],
  ['endedAt', 'timestamptz'],
  ['userData', 'text', 'jsonb'],
  ['holdSeconds', 'int'],
  ['ringSeconds', 'int'],
  ['talkSeconds', 'int'],
  ['hangupReason', 'text'],
  ['createdAt', 'timestamptz'],
  ['updatedAt', 'timestamptz'],
] as const satisfies readonly ColumnSpec[];

const EVENT_COLUMNS = [
  ['id', 'uuid'],
  ['callId', 'uuid'],
  ['type', 'text'],
  ['occurredAt', 'timestamptz'],
  ['dedupeKey', 'text'],
  ['payload', 'text', 'jsonb'],
] as const satisfies readonly ColumnSpec[];

const FORM_COLUMNS = [
  ['id', 'text'],
  ['tenantId', 'uuid'],
  ['callId', 'uuid'],
  ['templateId', 'uuid'],
  ['ruleId', 'uuid'],
  ['status', 'text', '"FormSessionStatus"'],
  ['title', 'text'],
  ['data', 'text', 'jsonb'],
  ['disposition', 'text'],
  ['openedAt', 'timestamptz'],
  ['completedAt', 'timestamptz'],
  ['wrapUpSeconds', 'int'],
  ['autopause', 'boolean'],
  ['autopauseReason', 'text'],
  ['createdAt', 'timestamptz'],
  ['updatedAt', 'timestamptz'],
] as const satisfies readonly ColumnSpec[];

/**
 * A batch in one statement, so one round trip and one transaction: each table gets a multi-row
 * INSERT … SELECT FROM unnest(arrays); the foreign keys are checked at the statement's end.
 */
const INSERT_BATCH = (() => {
  let offset = 0;
  const insert = (table: string, columns: readonly ColumnSpec[]) => {
    const names = columns.map(([name]) => `"${name}"`).join(', ');
    const values = columns.map(([, , cast], i) => (cast ? `u.c${i}::${cast}` : `u.c${i}`)).join(', ');
    const arrays = columns.map(([, element], i) => `$${offset + i + 1}::${element}[]`).join(', ');
    const aliases = columns.map((_, i) => `c${i}`).join(', ');
    offset += columns.length;
    return `INSERT INTO "${table}" (${names}) SELECT ${values} FROM unnest(${arrays}) AS u(${aliases})`;
  };
  const calls = insert('Call', CALL_COLUMNS);
  const events = insert('CallEvent', EVENT_COLUMNS);
  const forms = insert('FormSession', FORM_COLUMNS);
  return `WITH calls AS (${calls}), events AS (${events}) ${forms}`;
})();

function emptyColumns<K extends string>(
  columns: readonly (readonly [K, ...unknown[]])[],
): Record<K, unknown[]> {
  return Object.fromEntries(columns.map(([name]) => [name, []])) as unknown as Record<K, unknown[]>;
}

function newBatch(): Batch {
  return {
    calls: emptyColumns(CALL_COLUMNS),
    events: emptyColumns(EVENT_COLUMNS),
    forms: emptyColumns(FORM_COLUMNS),
    callCount: 0,
    eventCount: 0,
    formCount: 0,
  };
}

function push<K extends string>(columns: Record<K, unknown[]>, row: Record<K, unknown>): void {
  for (const name in columns) columns[name].push(row[name] ?? null);
}

/** Fills the tenant with `calls` calls of history; see the header for the model. */
export async function loadCalls(db: Database, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const total = Math.floor(options.calls);
  if (!Number.isSafeInteger(total) || total < 1) throw new Error('calls must be a positive integer');
  const days = options.days ?? 180;
  if (!(days > 0)) throw new Error('days must be positive');
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 5_000));
  const now = options.now ?? new Date();
  const end = now.getTime() - HOUR;
  const start = end - days * DAY;

  const { context, agentsCreated, queuesCreated } = await prepare(db.prisma, options, total);
  const writer = await openWriter(db);
  let written = { calls: 0, events: 0, forms: 0 };
  let writes = 0;
  // Up to one batch per connection in flight while the next is made; progress told in batch order.
  const inFlight: Promise<void>[] = [];
  let reported: Promise<void> = Promise.resolve();
  try {
    const flush = async (batch: Batch) => {
      if (inFlight.length >= writer.connections) await inFlight.shift();
      const stored = writer.write(batch, writes++);
      reported = Promise.all([reported, stored]).then(() => {
        written = {
          calls: written.calls + batch.callCount,
          events: written.events + batch.eventCount,
          forms: written.forms + batch.formCount,
        };
        options.onProgress?.({ ...written, total, elapsedMs: performance.now() - started });
      });
      inFlight.push(reported);
      // Awaited later; a failure must not go unhandled meanwhile.
      reported.catch(() => {});
    };

    let batch = newBatch();
    for (const bucket of hourBuckets(start, end, total, context.random)) {
      const times: number[] = [];
      for (let i = 0; i < bucket.count; i++)
        times.push(bucket.from + context.random() * (bucket.to - bucket.from));
      times.sort((a, b) => a - b);
      for (const at of times) {
        generateCall(context, batch, Math.floor(at), bucket.load);
        // Lets the connection send the previous batch and read its answer while this one is made.
        if (batch.callCount % 500 === 0) await new Promise(setImmediate);
        if (batch.callCount >= batchSize) {
          await flush(batch);
          batch = newBatch();
        }
      }
    }
    if (batch.callCount > 0) await flush(batch);
    await reported;
  } finally {
    await Promise.allSettled(inFlight);
    await writer.close();
  }
  // The reports' rollup of this tenant is out of date for the days written here: the API rebuilds it at its
  // next refresh. Fresh statistics let the planner use the indexes on the new rows straight away.
  await db.prisma.$executeRaw`DELETE FROM "ReportRollupState" WHERE "tenantId" = ${context.tenantId}::uuid`;
  await db.prisma.$executeRawUnsafe('ANALYZE "Call", "CallEvent", "FormSession"');

  const durationMs = performance.now() - started;
  return {
    tenantId: context.tenantId,
    ...written,
    agentsCreated,
    queuesCreated,
    durationMs,
    rowsPerSecond: ((written.calls + written.events + written.forms) * 1000) / durationMs,
  };
}

interface HourBucket {
  from: number;
  to: number;
  count: number;
  /** 0 (empty) to 1 (the week's busiest hour). */
  load: number;
}

/** Every hour of the window with its exact share of the calls (cumulative rounding keeps the total). */
function hourBuckets(start: number, end: number, total: number, random: () => number): HourBucket[] {
  const buckets: HourBucket[] = [];
  let dayNoise = 1;
  let weightSum = 0;
  for (let hour = Math.floor(start / HOUR) * HOUR; hour < end; hour += HOUR) {
    const date = new Date(hour);
    if (date.getUTCHours() === 0 || buckets.length === 0) dayNoise = 0.85 + random() * 0.3;
    const from = Math.max(hour, start);
    const to = Math.min(hour + HOUR, end);
    const base = HOUR_WEIGHTS[date.getUTCHours()]! * DAY_WEIGHTS[date.getUTCDay()]!;
    const weight = base * dayNoise * (0.9 + random() * 0.2) * ((to - from) / HOUR);
    weightSum += weight;
    buckets.push({ from, to, count: weight, load: base / MAX_HOUR_WEIGHT });
  }
  let cumulative = 0;
  let assigned = 0;
  for (const bucket of buckets) {
    cumulative += bucket.count;
    const upTo = Math.round((cumulative / weightSum) * total);
    bucket.count = upTo - assigned;
    assigned = upTo;
  }
  return buckets;
}

async function prepare(
  prisma: PrismaClient,
  options: LoadOptions,
  total: number,
): Promise<{ context: Context; agentsCreated: number; queuesCreated: number }> {
  const slug = options.tenant ?? DEFAULT_TENANT_SLUG;
  // Inserted only when missing (ON CONFLICT DO NOTHING): existing rows are never changed.
  await prisma.tenant.createMany({ data: [{ slug, name: slug }], skipDuplicates: true });
  const tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  const { count: queuesCreated } = await prisma.queue.createMany({
    data: QUEUES.map(({ source, externalId, name, displayName, number }) => ({
      tenantId,
      source,
      externalId,
      name,
      displayName,
      number,
    })),
    skipDuplicates: true,
  });
  const agents = roster();
  // As each intake stores them: XiVO gives names and userId, Shuttle its agentname, peer and SIP name.
  const { count: agentsCreated } = await prisma.agent.createMany({
    data: agents.map((spec) => ({
      tenantId,
      source: spec.source,
      externalId: spec.externalId,
      fullName: spec.fullName,
      ...(spec.source === 'xivo'
        ? { firstName: spec.firstName, lastName: spec.lastName, userId: spec.userId }
        : { peer: spec.peer, sipName: spec.sipName }),
    })),
    skipDuplicates: true,
  });
  const key = (row: { source: Platform; externalId: string }) => `${row.source}:${row.externalId}`;
  const rowIds = (rows: { id: string; source: Platform; externalId: string }[]) =>
    new Map(rows.map((row) => [key(row), row.id]));
  const select = { id: true, source: true, externalId: true } as const;
  const queueRows = rowIds(await prisma.queue.findMany({ where: { tenantId }, select }));
  const agentRows = rowIds(await prisma.agent.findMany({ where: { tenantId }, select }));
  const queueIds = QUEUES.map((spec) => queueRows.get(key(spec))!);
  const agentIds = agents.map((spec) => agentRows.get(key(spec))!);

  const staff = QUEUES.map((_, queueIndex) => {
    const members = agents.flatMap((agent, index) => (agent.queues.includes(queueIndex) ? [index] : []));
    let sum = 0;
    return { agents: members, cumulative: members.map((index) => (sum += agents[index]!.weight)) };
  });

  const templateKey = { tenantId_name: { tenantId, name: callReport.name } };
  await prisma.formTemplate.createMany({ data: [{ tenantId, ...callReport }], skipDuplicates: true });
  const templateRow = await prisma.formTemplate.findUniqueOrThrow({ where: templateKey });
  const template: TemplateShape = {
    id: templateRow.id,
    fields: Array.isArray(templateRow.fields)
      ? (templateRow.fields as unknown as TemplateShape['fields'])
      : [],
    dispositions: Array.isArray(templateRow.dispositions)
      ? (templateRow.dispositions as { code?: unknown }[]).flatMap((d) =>
          typeof d?.code === 'string' ? [d.code] : [],
        )
      : [],
  };

  const rules = await prisma.rule.findMany({
    where: { tenantId, enabled: true, formTemplateId: template.id, action: { in: ['open', 'popup'] } },
    orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }],
  });
  const plans = QUEUES.map((queue): FormPlan => {
    const rule = rules.find((candidate) => ruleFits(candidate.match, queue));
    if (rule) {
      return {
        ruleId: rule.id,
        titleTemplate: rule.titleTemplate,
        autopause: rule.autopause ?? false,
        autopauseReason: rule.autopauseReason,
      };
    }
    const xivo = queue.source === 'xivo';
    return {
      ruleId: null,
      titleTemplate: null,
      autopause: xivo,
      autopauseReason: xivo ? 'backoffice' : null,
    };
  });

  const contactRows = await prisma.contact.findMany({
    where: { tenantId },
    select: { name: true, phones: true },
    orderBy: { createdAt: 'asc' },
    take: 1_000,
  });
  const contacts = contactRows.flatMap((contact) =>
    contact.phones.map((phone) => {
      const raw = phone.startsWith('+33') ? `0${phone.slice(3)}` : phone;
      return { raw, normalized: normalisePhone(raw), name: contact.name.toUpperCase() };
    }),
  );

  const existingCalls = await prisma.call.count({ where: { tenantId } });
  const context: Context = {
    tenantId,
    queueIds,
    agentIds,
    agents,
    staff,
    plans,
    template,
    contacts,
    poolSize: Math.min(MAX_POOL, Math.max(100, Math.ceil(total / 6))),
    pool: new Map(),
    company: { raw: COMPANY_NUMBER, normalized: normalisePhone(COMPANY_NUMBER), name: null },
    random: prng(`${options.seed ?? 1}`),
    // Call ids go on from the tenant's call count, so a second run does not reuse them.
    sequence: existingCalls + 1,
  };
  return { context, agentsCreated, queuesCreated };
}

/** The rule conditions that depend on platform and queue; other conditions are taken as met. */
function ruleFits(match: Prisma.JsonValue, queue: QueueSpec): boolean {
  const conditions = (match && typeof match === 'object' && !Array.isArray(match) ? match : {}) as Record<
    string,
    unknown
  >;
  const list = (value: unknown) =>
    Array.isArray(value) ? value.map((item) => String(item).toLowerCase()) : undefined;
  const sources = list(conditions.sources);
  if (sources && sources.length && !sources.includes(queue.source)) return false;
  const queues = list(conditions.queues);
  const names = [queue.name, queue.externalId, queue.number ?? ''].map((name) => name.toLowerCase());
  if (queues && queues.length && !queues.some((name) => names.includes(name))) return false;
  const events = list(conditions.events);
  // Shuttle forms are made on answer; XiVO's third-party POST happens when the call rings.
  const formEvents = queue.source === 'shuttle' ? ['up', 'eventestablished'] : ['eventringing', 'thirdparty'];
  return !events || events.length === 0 || events.some((event) => formEvents.includes(event));
}

function generateCall(context: Context, batch: Batch, at: number, load: number): void {
  const { random } = context;
  const kind = random();
  if (kind < 0.62) shuttleInbound(context, batch, at, load);
  else if (kind < 0.72) shuttleOutbound(context, batch, at);
  else xivoCall(context, batch, at);
  context.sequence++;
}

function pickQueue(context: Context, source: Platform): number {
  const candidates = QUEUES.flatMap((queue, index) => (queue.source === source ? [index] : []));
  const sum = candidates.reduce((total, index) => total + QUEUES[index]!.weight, 0);
  let x = context.random() * sum;
  for (const index of candidates) {
    x -= QUEUES[index]!.weight;
    if (x < 0) return index;
  }
  return candidates[candidates.length - 1]!;
}

function pickAgent(context: Context, queueIndex: number): number {
  const { agents, cumulative } = context.staff[queueIndex]!;
  const x = context.random() * cumulative[cumulative.length - 1]!;
  const found = cumulative.findIndex((value) => x < value);
  return agents[found === -1 ? agents.length - 1 : found]!;
}

function pickCaller(context: Context): Caller {
  const { random } = context;
  if (context.contacts.length > 0 && random() < 0.05) {
    return context.contacts[Math.floor(random() * context.contacts.length)]!;
  }
  // Skewed towards the first numbers: regular callers call again and again.
  const index = Math.floor(context.poolSize * random() ** 1.8);
  let caller = context.pool.get(index);
  if (!caller) {
    const prefix = POOL_PREFIXES[index % POOL_PREFIXES.length]!;
    const suffix = String((Math.floor(index / POOL_PREFIXES.length) * 7_919) % 10_000).padStart(4, '0');
    const raw = `${prefix}${suffix}`;
    const name = index % 3 === 0 ? CALLER_NAMES[index % CALLER_NAMES.length]! : null;
    caller = { raw, normalized: normalisePhone(raw), name };
    context.pool.set(index, caller);
  }
  return caller;
}

function shuttleInbound(context: Context, batch: Batch, at: number, load: number): void {
  const { random } = context;
  const queueIndex = pickQueue(context, 'shuttle');
  const queue = QUEUES[queueIndex]!;
  const caller = pickCaller(context);
  const callId = randomUUID();
  const uniqueid = `${Math.floor(at / 1000)}.${context.sequence}`;
  const channel = `SIP/operator-${hex(random, 8)}`;
  const common = {
    queue: queue.name,
    direction: 'inbound',
    uniqueid,
    context: 'from-sip',
    extension: queue.dialled,
    trunk: 'SIP/operator',
    callernum: caller.raw,
    ...(caller.name ? { callername: caller.name } : {}),
    channel,
  };
  const call = {
    id: callId,
    tenantId: context.tenantId,
    source: 'shuttle',
    externalCallId: uniqueid,
    caller: caller.raw,
    callerNormalized: caller.normalized,
    callerName: caller.name,
    callee: queue.dialled,
    queueId: context.queueIds[queueIndex],
    direction: 'inbound',
  };

  const abandoned = random() < 0.04 + 0.1 * load;
  const wait = queueWait(random, load);
  if (abandoned) {
    const patience = Math.min(900, Math.round(2 + exponential(random, 25)));
    if (random() < 0.65) {
      // Gave up while an agent's phone rang.
      const agentIndex = pickAgent(context, queueIndex);
      const agent = context.agents[agentIndex]!;
      const ring = 2 + Math.floor(random() * 18);
      const abandonAt = at + ring * 1000 + Math.floor(random() * 1000);
      addEvent(batch, callId, 'ringing', at, {
        event: 'ringing',
        ...common,
        ...shuttleAgent(agent),
        ringing: true,
      });
      addEvent(batch, callId, 'abandon', abandonAt, abandonPayload(common, Math.min(900, wait + ring)));
      addCall(batch, {
        ...call,
        agentId: context.agentIds[agentIndex],
        state: 'abandoned',
        ringingAt: at,
        endedAt: abandonAt,
        holdSeconds: Math.min(900, wait + ring),
        updatedAt: abandonAt,
      });
    } else {
      addEvent(batch, callId, 'abandon', at, abandonPayload(common, patience));
      addCall(batch, {
        ...call,
        state: 'abandoned',
        ringingAt: at,
        endedAt: at,
        holdSeconds: patience,
        updatedAt: at,
      });
    }
    return;
  }

  const agentIndex = pickAgent(context, queueIndex);
  const agent = context.agents[agentIndex]!;
  const ring = Math.min(25, 1 + Math.floor(exponential(random, 4)));
  const hold = wait + ring;
  const talk = talkSeconds(random, queue.talkMedian * agent.pace);
  const upAt = at + ring * 1000 + Math.floor(random() * 1000);
  const hangupAt = upAt + talk * 1000 + Math.floor(random() * 1000);
  const reason = random() < 0.55 ? 'caller' : 'agent';
  const withAgent = { ...common, ...shuttleAgent(agent) };
  addEvent(batch, callId, 'ringing', at, { event: 'ringing', ...withAgent, ringing: true });
  addEvent(batch, callId, 'up', upAt, {
    event: 'up',
    ...withAgent,
    holdtime: String(hold),
    ringtime: String(ring),
    up: true,
  });
  addEvent(batch, callId, 'hangup', hangupAt, {
    event: 'hangup',
    ...withAgent,
    holdtime: String(hold),
    ringtime: String(ring),
    talktime: String(talk),
    reason,
    hangup: true,
  });
  addCall(batch, {
    ...call,
    agentId: context.agentIds[agentIndex],
    state: 'ended',
    ringingAt: at,
    answeredAt: upAt,
    endedAt: hangupAt,
    holdSeconds: hold,
    ringSeconds: ring,
    talkSeconds: talk,
    hangupReason: reason,
    updatedAt: hangupAt,
  });
  // The rule's form is made on answer and shown in the agent's frame a moment later.
  addForm(context, batch, {
    callId,
    queueIndex,
    vars: {
      caller: caller.raw,
      callee: queue.dialled,
      callId: uniqueid,
      'queue.name': queue.name,
      'agent.name': agent.fullName,
    },
    createdAt: upAt,
    openedAt: upAt + 500 + Math.floor(random() * 3_000),
    endedAt: hangupAt,
  });
}

function shuttleAgent(agent: AgentSpec) {
  return {
    agentname: agent.fullName,
    agentnum: agent.externalId,
    peer: agent.peer!,
    sipname: agent.sipName!,
  };
}

interface ShuttleCommon {
  queue: string;
  uniqueid: string;
  callernum: string;
  callername?: string;
  channel: string;
}

function abandonPayload(common: ShuttleCommon, holdtime: number): Json {
  const { queue, uniqueid, callernum, callername, channel } = common;
  return {
    event: 'abandon',
    queue,
    direction: 'unmanaged',
    uniqueid,
    callernum,
    ...(callername ? { callername } : {}),
    channel,
    holdtime: String(holdtime),
    unmanaged: true,
  };
}

function shuttleOutbound(context: Context, batch: Batch, at: number): void {
  const { random } = context;
  const shuttleAgents = context.agents.flatMap((agent, index) => (agent.source === 'shuttle' ? [index] : []));
  const agentIndex = shuttleAgents[Math.floor(random() * shuttleAgents.length)]!;
  const agent = context.agents[agentIndex]!;
  const dialled = pickCaller(context);
  const callId = randomUUID();
  const uniqueid = `${Math.floor(at / 1000)}.${context.sequence}`;
  addEvent(batch, callId, 'outbound', at, {
    event: 'outbound',
    integrationid: '-1',
    routeid: '1',
    agentname: agent.fullName,
    agentnum: agent.externalId,
    direction: 'outbound',
    uniqueid,
    context: 'from-sip',
    extension: dialled.raw,
    trunk: 'SIP/operator',
    callernum: context.company.raw,
    channel: `${agent.peer}-${hex(random, 8)}`,
    peer: agent.peer,
    outbound: true,
    sipname: agent.sipName,
  });
  addCall(batch, {
    id: callId,
    tenantId: context.tenantId,
    source: 'shuttle',
    externalCallId: uniqueid,
    caller: context.company.raw,
    callerNormalized: context.company.normalized,
    callee: dialled.raw,
    agentId: context.agentIds[agentIndex],
    direction: 'outbound',
    state: 'ringing',
    ringingAt: at,
    updatedAt: at,
  });
}

function xivoCall(context: Context, batch: Batch, at: number): void {
  const { random } = context;
  const queueIndex = pickQueue(context, 'xivo');
  const viaQueue = random() >= 0.1;
  const queue = QUEUES[queueIndex]!;
  const agentIndex = pickAgent(context, queueIndex);
  const agent = context.agents[agentIndex]!;
  const caller = pickCaller(context);
  const callId = randomUUID();
  const callDataCallId = `${Math.floor(at / 1000)}.${context.sequence}`;
  const callee = viaQueue ? queue.dialled : `1${agent.externalId}`;
  const userData = {
    XIVO_USERID: agent.userId!,
    SIPCALLID: `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-a${hex(random, 3)}-${hex(random, 12)}`,
    USR_XIVO_DSTNUM: callee,
  };
  // The stored XucMgt request: the agent's token is removed before it is kept.
  addEvent(batch, callId, 'thirdparty', at, {
    user: {
      userId: Number(agent.userId),
      agentId: Number(agent.externalId),
      firstName: agent.firstName,
      lastName: agent.lastName,
      fullName: agent.fullName,
    },
    callee,
    caller: caller.raw,
    userData,
    callDataCallId,
    ...(viaQueue
      ? {
          queue: {
            id: Number(queue.externalId),
            name: queue.name,
            displayName: queue.displayName,
            number: queue.number,
          },
        }
      : {}),
  });
  addCall(batch, {
    id: callId,
    tenantId: context.tenantId,
    source: 'xivo',
    externalCallId: callDataCallId,
    caller: caller.raw,
    callerNormalized: caller.normalized,
    callee,
    queueId: viaQueue ? context.queueIds[queueIndex] : null,
    agentId: context.agentIds[agentIndex],
    direction: viaQueue ? 'inbound' : 'unknown',
    state: 'ringing',
    ringingAt: at,
    userData: JSON.stringify(userData),
    updatedAt: at,
  });
  // XiVO stores no end: the form opens on EventReleased, after a ring and a talk nobody records.
  const ring = 3 + Math.floor(random() * 17);
  const talk = talkSeconds(random, queue.talkMedian * agent.pace);
  const releasedAt = at + (ring + talk) * 1000 + Math.floor(random() * 1000);
  addForm(context, batch, {
    callId,
    queueIndex,
    vars: {
      caller: caller.raw,
      callee,
      callId: callDataCallId,
      'queue.name': viaQueue ? queue.name : '',
      'agent.name': agent.fullName,
    },
    createdAt: at,
    openedAt: releasedAt,
    endedAt: null,
  });
}

function addCall(batch: Batch, row: Record<string, unknown>): void {
  const iso = (value: unknown) => (typeof value === 'number' ? new Date(value).toISOString() : null);
  push(batch.calls, {
    ...row,
    ringingAt: iso(row.ringingAt),
    answeredAt: iso(row.answeredAt),
    endedAt: iso(row.endedAt),
    createdAt: iso(row.ringingAt),
    updatedAt: iso(row.updatedAt),
  } as Record<(typeof CALL_COLUMNS)[number][0], unknown>);
  batch.callCount++;
}

function addEvent(batch: Batch, callId: string, type: string, at: number, payload: Json): void {
  push(batch.events, {
    id: randomUUID(),
    callId,
    type,
    occurredAt: new Date(at).toISOString(),
    dedupeKey: createHash('sha256').update(canonicalJson(payload)).digest('hex'),
    payload: JSON.stringify(payload),
  });
  batch.eventCount++;
}

interface FormInput {
  callId: string;
  queueIndex: number;
  vars: Record<string, string>;
  createdAt: number;
  openedAt: number;
  /** The call's end when stored; the wrap-up counts from the opening otherwise (as the forms service does). */
  endedAt: number | null;
}

function addForm(context: Context, batch: Batch, input: FormInput): void {
  const { random, template } = context;
  const plan = context.plans[input.queueIndex]!;
  const outcome = random();
  const status = outcome < 0.85 ? 'completed' : outcome < 0.93 ? 'opened' : 'pending';
  const openedAt = status === 'pending' ? null : input.openedAt;
  let completedAt: number | null = null;
  let wrapUpSeconds: number | null = null;
  let data: Record<string, unknown> = {};
  let disposition: string | null = null;
  if (status === 'completed') {
    const from = input.endedAt ?? input.openedAt;
    const wrapUp = Math.min(600, Math.max(3, Math.round(Math.exp(Math.log(30) + 0.8 * gaussian(random)))));
    completedAt = from + wrapUp * 1000 + Math.floor(random() * 1000);
    wrapUpSeconds = Math.floor((completedAt - from) / 1000);
    data = formData(random, template, new Date(input.createdAt), true);
    disposition = pickSkewed(random, template.dispositions) ?? null;
  } else if (status === 'opened' && random() < 0.4) {
    data = formData(random, template, new Date(input.createdAt), false);
  }
  const iso = (value: number | null) => (value === null ? null : new Date(value).toISOString());
  push(batch.forms, {
    // The form's URL is its credential: random, never from the seed.
    id: randomBytes(18).toString('base64url'),
    tenantId: context.tenantId,
    callId: input.callId,
    templateId: template.id,
    ruleId: plan.ruleId,
    status,
    title: plan.titleTemplate ? renderTitle(plan.titleTemplate, input.vars) : null,
    data: JSON.stringify(data),
    disposition,
    openedAt: iso(openedAt),
    completedAt: iso(completedAt),
    wrapUpSeconds,
    autopause: plan.autopause,
    autopauseReason: plan.autopauseReason,
    createdAt: iso(input.createdAt),
    updatedAt: iso(completedAt ?? openedAt ?? input.createdAt),
  });
  batch.formCount++;
}

/** As the intakes render a rule's title: unknown variables empty, blank gives none. */
function renderTitle(template: string, vars: Record<string, string>): string | null {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => vars[name] ?? '').trim() || null;
}

/** Completed: every required field and some optional ones; a draft: the first field only. */
function formData(
  random: () => number,
  template: TemplateShape,
  day: Date,
  complete: boolean,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const fields = complete ? template.fields : template.fields.slice(0, 1);
  for (const field of fields) {
    const fill = field.required || random() < 0.3;
    switch (field.type) {
      case 'select': {
        const value = fill
          ? pickSkewed(
              random,
              (field.options ?? []).map((option) => option.value),
            )
          : undefined;
        if (value !== undefined) data[field.name] = value;
        break;
      }
      case 'checkbox':
        data[field.name] = random() < 0.2;
        break;
      case 'number':
        if (fill) data[field.name] = 1 + Math.floor(random() * 10);
        break;
      case 'date':
        if (fill) data[field.name] = day.toISOString().slice(0, 10);
        break;
      default:
        if (fill) data[field.name] = NOTES[Math.floor(random() * NOTES.length)];
    }
  }
  return data;
}

/** The first items much more often than the last. */
function pickSkewed<T>(random: () => number, items: readonly T[]): T | undefined {
  if (items.length === 0) return undefined;
  const weights = items.map((_, index) => 1 / (index + 1) ** 1.3);
  let x = random() * weights.reduce((a, b) => a + b, 0);
  for (let index = 0; index < items.length; index++) {
    x -= weights[index]!;
    if (x < 0) return items[index];
  }
  return items[items.length - 1];
}

/** Seconds in the queue before an agent's phone rings: mostly short, a long tail, longer when busy. */
function queueWait(random: () => number, load: number): number {
  const x = random();
  const mean = x < 0.7 ? 3 : x < 0.95 ? 12 : 60;
  return Math.min(900, Math.round(exponential(random, mean) * (0.6 + 0.8 * load)));
}

function talkSeconds(random: () => number, median: number): number {
  return Math.min(2_700, Math.max(5, Math.round(Math.exp(Math.log(median) + 0.75 * gaussian(random)))));
}

function exponential(random: () => number, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function hex(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += Math.floor(random() * 16).toString(16);
  return text;
}

/** sfc32, seeded from the SHA-256 of the seed text. */
function prng(seed: string): () => number {
  const digest = createHash('sha256').update(seed).digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The intakes' dedupe key text: JSON with object keys sorted. */
function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

interface Writer {
  /** How many batches may be written at once. */
  connections: number;
  /** Writes the batch on connection `index % connections`, free since its previous batch is stored. */
  write(batch: Batch, index: number): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL: two connections, so the server works on one batch while it reads the next. */
const POSTGRES_CONNECTIONS = 2;

async function openWriter(db: Database): Promise<Writer> {
  const params = (batch: Batch) => [
    ...Object.values(batch.calls),
    ...Object.values(batch.events),
    ...Object.values(batch.forms),
  ];
  const connection = connectionOf(db);
  if (connection.kind === 'pglite') {
    const { pglite } = connection;
    return {
      connections: 1,
      async write(batch) {
        await pglite.query(INSERT_BATCH, params(batch));
      },
      async close() {},
    };
  }
  const clients: pg.Client[] = [];
  const closeAll = () => Promise.allSettled(clients.map((client) => client.end())).then(() => {});
  try {
    for (let i = 0; i < POSTGRES_CONNECTIONS; i++) {
      const client = new pg.Client(connection.poolConfig);
      client.on('error', () => {});
      clients.push(client);
      await client.connect();
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  return {
    connections: clients.length,
    async write(batch, index) {
      await clients[index % clients.length]!.query(INSERT_BATCH, params(batch));
    },
    close: closeAll,
  };
}
