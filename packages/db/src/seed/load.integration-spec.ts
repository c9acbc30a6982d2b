import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { createCall } from '../factories/call.js';
import { createTenant } from '../factories/tenant.js';
import { openTestDatabase } from '../testing.js';
import { DEFAULT_TENANT_SLUG, seedDemo } from './demo.js';
import { loadCalls, type LoadOptions, type LoadProgress, type LoadResult } from './load.js';

const NOW = new Date('2026-03-12T15:30:00Z');
const DAYS = 30;
const OPTIONS: LoadOptions = { calls: 2_000, days: DAYS, seed: 'spec', now: NOW, batchSize: 700 };

describe('loadCalls', () => {
  let db: Database;
  let tenantId: string;
  let first: LoadResult;
  const progress: LoadProgress[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    tenantId = (await seedDemo(db.prisma)).tenantId;
    const other = await createTenant(db.prisma);
    await createCall(db.prisma, other.id);
    first = await loadCalls(db, { ...OPTIONS, onProgress: (step) => progress.push(step) });
  }, 120_000);
  afterAll(() => db?.close());

  const rows = <T>(sql: string, ...params: unknown[]) => db.prisma.$queryRawUnsafe<T[]>(sql, ...params);
  const number = async (sql: string, ...params: unknown[]) =>
    Number((await rows<{ n: unknown }>(sql, ...params))[0]!.n);

  it('writes the calls asked for, with their events and forms, and reports progress', async () => {
    expect(first).toMatchObject({ tenantId, calls: 2_000, agentsCreated: 40, queuesCreated: 6 });
    expect(await db.prisma.call.count({ where: { tenantId } })).toBe(2_000);
    expect(await db.prisma.callEvent.count({ where: { call: { tenantId } } })).toBe(first.events);
    expect(await db.prisma.formSession.count({ where: { tenantId } })).toBe(first.forms);
    expect(first.events).toBeGreaterThan(first.calls);
    expect(first.rowsPerSecond).toBeGreaterThan(0);
    // 700 calls a batch: three transactions, each reported.
    expect(progress.map((step) => step.calls)).toEqual([700, 1_400, 2_000]);
    expect(progress.at(-1)).toMatchObject({ total: 2_000, events: first.events, forms: first.forms });
  });

  it('adds to the tenant and touches nothing else', async () => {
    expect(await db.prisma.agent.count({ where: { tenantId } })).toBe(40);
    expect(await db.prisma.queue.count({ where: { tenantId } })).toBe(6);
    // The demo's own template, rules and contacts are used, not replaced.
    expect(await db.prisma.formTemplate.count({ where: { tenantId } })).toBe(1);
    expect(await db.prisma.rule.count({ where: { tenantId } })).toBe(3);
    expect(await db.prisma.call.count({ where: { tenantId: { not: tenantId } } })).toBe(1);
    expect(await db.prisma.formSession.count({ where: { tenantId: { not: tenantId } } })).toBe(0);
  });

  it('mixes the platforms as the intakes store them', async () => {
    const mix = await rows<{ source: string; direction: string; state: string; n: number }>(
      `SELECT "source"::text AS source, "direction"::text AS direction, "state"::text AS state, count(*)::int AS n
       FROM "Call" WHERE "tenantId" = $1::uuid GROUP BY 1, 2, 3`,
      tenantId,
    );
    const share = (predicate: (row: (typeof mix)[number]) => boolean) =>
      mix.filter(predicate).reduce((sum, row) => sum + row.n, 0) / 2_000;
    expect(share((row) => row.source === 'shuttle' && row.direction === 'inbound')).toBeCloseTo(0.62, 1);
    expect(share((row) => row.direction === 'outbound')).toBeCloseTo(0.1, 1);
    expect(share((row) => row.source === 'xivo')).toBeCloseTo(0.28, 1);
    // Outbound Shuttle calls and XiVO calls stay as their one event leaves them.
    expect(
      mix.some((row) => (row.direction === 'outbound' || row.source === 'xivo') && row.state !== 'ringing'),
    ).toBe(false);
    const abandoned = share((row) => row.state === 'abandoned');
    expect(abandoned / 0.62).toBeGreaterThan(0.03);
    expect(abandoned / 0.62).toBeLessThan(0.2);

    const events = await rows<{ source: string; direction: string; types: string; n: number }>(
      `SELECT c."source"::text AS source, c."direction"::text AS direction,
              string_agg(e."type", ',' ORDER BY e."occurredAt", e."type") AS types
       FROM "Call" c JOIN "CallEvent" e ON e."callId" = c."id"
       WHERE c."tenantId" = $1::uuid GROUP BY c."id"`,
      tenantId,
    );
    const sequences = new Set(events.map((row) => `${row.source}:${row.direction}:${row.types}`));
    expect([...sequences].sort()).toEqual([
      'shuttle:inbound:abandon',
      'shuttle:inbound:ringing,abandon',
      'shuttle:inbound:ringing,up,hangup',
      'shuttle:outbound:outbound',
      'xivo:inbound:thirdparty',
      'xivo:unknown:thirdparty',
    ]);
  });

  it('gives every answered Shuttle call ringing, up and hangup at its own times', async () => {
    const answered = await number(
      `SELECT count(*) AS n FROM "Call" WHERE "tenantId" = $1::uuid AND "source" = 'shuttle' AND "answeredAt" IS NOT NULL`,
      tenantId,
    );
    const consistent = await number(
      `SELECT count(*) AS n FROM "Call" c
       WHERE c."tenantId" = $1::uuid AND c."source" = 'shuttle' AND c."state" = 'ended'
         AND c."agentId" IS NOT NULL AND c."queueId" IS NOT NULL AND c."hangupReason" IN ('caller', 'agent')
         AND c."ringingAt" < c."answeredAt" AND c."answeredAt" < c."endedAt"
         AND (SELECT array_agg(e."type" ORDER BY e."occurredAt") FROM "CallEvent" e WHERE e."callId" = c."id")
             = ARRAY['ringing', 'up', 'hangup']
         AND EXISTS (SELECT 1 FROM "CallEvent" e WHERE e."callId" = c."id" AND e."type" = 'ringing' AND e."occurredAt" = c."ringingAt")
         AND EXISTS (SELECT 1 FROM "CallEvent" e WHERE e."callId" = c."id" AND e."type" = 'up' AND e."occurredAt" = c."answeredAt"
                       AND e."payload"->>'holdtime' = c."holdSeconds"::text AND e."payload"->>'ringtime' = c."ringSeconds"::text)
         AND EXISTS (SELECT 1 FROM "CallEvent" e WHERE e."callId" = c."id" AND e."type" = 'hangup' AND e."occurredAt" = c."endedAt"
                       AND e."payload"->>'talktime' = c."talkSeconds"::text AND e."payload"->>'reason' = c."hangupReason")
         AND floor(extract(epoch FROM c."endedAt" - c."answeredAt")) = c."talkSeconds"
         AND floor(extract(epoch FROM c."answeredAt" - c."ringingAt")) = c."ringSeconds"
         AND c."holdSeconds" >= c."ringSeconds"`,
      tenantId,
    );
    expect(answered).toBeGreaterThan(900);
    expect(consistent).toBe(answered);
  });

  it('leaves abandoned calls unanswered, ended by their abandon event', async () => {
    const abandoned = await rows<{
      answered: Date | null;
      ended: Date;
      ringing: Date;
      agent: string | null;
      types: string;
    }>(
      `SELECT c."answeredAt" AS answered, c."endedAt" AS ended, c."ringingAt" AS ringing, c."agentId"::text AS agent,
              (SELECT string_agg(e."type", ',' ORDER BY e."occurredAt") FROM "CallEvent" e WHERE e."callId" = c."id") AS types
       FROM "Call" c WHERE c."tenantId" = $1::uuid AND c."state" = 'abandoned'`,
      tenantId,
    );
    expect(abandoned.length).toBeGreaterThan(30);
    for (const call of abandoned) {
      expect(call.answered).toBeNull();
      expect(call.ended.getTime()).toBeGreaterThanOrEqual(call.ringing.getTime());
      // Gave up in the queue: nobody's phone rang.
      expect(call.agent === null).toBe(call.types === 'abandon');
    }
    expect(
      await number(
        `SELECT count(*) AS n FROM "FormSession" f JOIN "Call" c ON c."id" = f."callId" WHERE c."tenantId" = $1::uuid AND c."state" = 'abandoned'`,
        tenantId,
      ),
    ).toBe(0);
  });

  it('keeps every time inside the window and in order', async () => {
    const bounds = await rows<{ first: Date; last: Date; disordered: number; late: number }>(
      `SELECT min(c."ringingAt") AS first, max(greatest(c."endedAt", c."ringingAt")) AS last,
              count(*) FILTER (WHERE c."answeredAt" < c."ringingAt" OR c."endedAt" < coalesce(c."answeredAt", c."ringingAt")
                               OR c."createdAt" <> c."ringingAt" OR c."updatedAt" < c."ringingAt")::int AS disordered,
              (SELECT count(*) FROM "CallEvent" e JOIN "Call" k ON k."id" = e."callId"
               WHERE k."tenantId" = $1::uuid AND (e."occurredAt" < k."ringingAt" OR e."occurredAt" > $2::timestamptz))::int AS late
       FROM "Call" c WHERE c."tenantId" = $1::uuid`,
      tenantId,
      NOW.toISOString(),
    );
    const { first: start, last, disordered, late } = bounds[0]!;
    expect(start.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - DAYS * 86_400_000 - 3_600_000);
    expect(start.getTime()).toBeLessThan(NOW.getTime() - (DAYS - 2) * 86_400_000);
    expect(last.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(disordered).toBe(0);
    expect(late).toBe(0);
  });

  it('completes most forms after the call, with the template dispositions', async () => {
    const forms = await rows<{
      status: string;
      n: number;
      badOrder: number;
      badWrapUp: number;
      badDisposition: number;
      future: number;
    }>(
      `SELECT f."status"::text AS status, count(*)::int AS n,
              count(*) FILTER (WHERE f."openedAt" < f."createdAt" OR f."completedAt" <= coalesce(c."endedAt", f."openedAt")
                               OR f."createdAt" < c."ringingAt"
                               OR (f."status" = 'pending') <> (f."openedAt" IS NULL)
                               OR (f."status" = 'completed') <> (f."completedAt" IS NOT NULL))::int AS "badOrder",
              count(*) FILTER (WHERE f."status" = 'completed' AND
                               (f."wrapUpSeconds" <> floor(extract(epoch FROM f."completedAt" - coalesce(c."endedAt", f."openedAt")))
                                OR f."wrapUpSeconds" NOT BETWEEN 3 AND 600))::int AS "badWrapUp",
              count(*) FILTER (WHERE (f."status" = 'completed') <>
                               (f."disposition" IN ('resolved', 'callback', 'escalated', 'no_answer')
                                AND f."data"->>'reason' IN ('information', 'complaint', 'order', 'support', 'other')))::int AS "badDisposition",
              count(*) FILTER (WHERE f."updatedAt" > $2::timestamptz)::int AS future
       FROM "FormSession" f JOIN "Call" c ON c."id" = f."callId"
       WHERE f."tenantId" = $1::uuid GROUP BY 1`,
      tenantId,
      NOW.toISOString(),
    );
    const byStatus = Object.fromEntries(forms.map((row) => [row.status, row]));
    expect(Object.keys(byStatus).sort()).toEqual(['completed', 'opened', 'pending']);
    const total = forms.reduce((sum, row) => sum + row.n, 0);
    expect(byStatus.completed!.n / total).toBeGreaterThan(0.75);
    for (const row of forms)
      expect(row).toMatchObject({ badOrder: 0, badWrapUp: 0, badDisposition: 0, future: 0 });

    // Rules decide: the demo's XiVO rule pauses the agent, its Shuttle one does not.
    const plans = await rows<{ source: string; autopause: boolean; ruled: boolean; n: number }>(
      `SELECT c."source"::text AS source, f."autopause", f."ruleId" IS NOT NULL AS ruled, count(*)::int AS n
       FROM "FormSession" f JOIN "Call" c ON c."id" = f."callId" WHERE f."tenantId" = $1::uuid GROUP BY 1, 2, 3`,
      tenantId,
    );
    expect(plans.every((row) => row.ruled)).toBe(true);
    expect(plans.some((row) => row.source === 'xivo' && row.autopause)).toBe(true);
    expect(plans.some((row) => row.source === 'shuttle' && !row.autopause)).toBe(true);
    const ids = await rows<{ id: string }>(
      `SELECT "id" FROM "FormSession" WHERE "tenantId" = $1::uuid LIMIT 50`,
      tenantId,
    );
    for (const { id } of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('draws durations and callers from plausible distributions', async () => {
    const stats = await rows<{
      answeredFast: number;
      answered: number;
      maxHold: number;
      minTalk: number;
      maxTalk: number;
      medianTalk: number;
      callers: number;
      repeated: number;
      contacts: number;
    }>(
      `SELECT count(*) FILTER (WHERE "holdSeconds" <= 20 AND "answeredAt" IS NOT NULL)::int AS "answeredFast",
              count(*) FILTER (WHERE "answeredAt" IS NOT NULL)::int AS answered,
              max("holdSeconds")::int AS "maxHold", min("talkSeconds")::int AS "minTalk", max("talkSeconds")::int AS "maxTalk",
              percentile_cont(0.5) WITHIN GROUP (ORDER BY "talkSeconds")::int AS "medianTalk",
              count(DISTINCT "callerNormalized") FILTER (WHERE "direction" <> 'outbound')::int AS callers,
              (SELECT count(*) FROM (SELECT 1 FROM "Call" WHERE "tenantId" = $1::uuid AND "direction" <> 'outbound'
                                     GROUP BY "callerNormalized" HAVING count(*) > 1) AS r)::int AS repeated,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Contact" k WHERE k."tenantId" = $1::uuid
                                             AND c."callerNormalized" = ANY (k."phones")))::int AS contacts
       FROM "Call" c WHERE c."tenantId" = $1::uuid`,
      tenantId,
    );
    const s = stats[0]!;
    expect(s.answeredFast / s.answered).toBeGreaterThan(0.7);
    expect(s.maxHold).toBeLessThanOrEqual(900);
    expect(s.minTalk).toBeGreaterThanOrEqual(5);
    expect(s.maxTalk).toBeLessThanOrEqual(2_700);
    expect(s.medianTalk).toBeGreaterThan(120);
    expect(s.medianTalk).toBeLessThan(420);
    // Callers call again, and some of them are known contacts.
    expect(s.repeated).toBeGreaterThan(s.callers / 4);
    expect(s.contacts).toBeGreaterThan(20);
  });

  it('is busier in office hours than at night or on Sundays', async () => {
    const hours = await rows<{ day: number; hour: number; n: number }>(
      `SELECT extract(isodow FROM "ringingAt" AT TIME ZONE 'UTC')::int AS day,
              extract(hour FROM "ringingAt" AT TIME ZONE 'UTC')::int AS hour, count(*)::int AS n
       FROM "Call" WHERE "tenantId" = $1::uuid GROUP BY 1, 2`,
      tenantId,
    );
    const sum = (predicate: (row: (typeof hours)[number]) => boolean) =>
      hours.filter(predicate).reduce((total, row) => total + row.n, 0);
    const weekday = (row: (typeof hours)[number]) => row.day <= 5;
    const peak = sum(
      (row) => weekday(row) && ((row.hour >= 9 && row.hour < 12) || (row.hour >= 14 && row.hour < 17)),
    );
    const night = sum((row) => weekday(row) && row.hour < 6);
    expect(peak).toBeGreaterThan(2_000 / 2);
    expect(peak / 6).toBeGreaterThan((night / 6) * 20);
    expect(sum((row) => row.day === 7)).toBeLessThan(sum((row) => row.day === 1) / 5);
  });

  it('stores each event once, under the key the intakes compute', async () => {
    const keys = await rows<{ n: number; distinct: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT e."dedupeKey")::int AS distinct
       FROM "CallEvent" e JOIN "Call" c ON c."id" = e."callId" WHERE c."tenantId" = $1::uuid`,
      tenantId,
    );
    expect(keys[0]!.distinct).toBe(keys[0]!.n);
    const samples = await rows<{ dedupeKey: string; payload: Record<string, unknown> }>(
      `SELECT e."dedupeKey", e."payload" FROM "CallEvent" e JOIN "Call" c ON c."id" = e."callId"
       WHERE c."tenantId" = $1::uuid AND e."type" IN ('ringing', 'hangup', 'abandon', 'outbound') LIMIT 20`,
      tenantId,
    );
    for (const { dedupeKey, payload } of samples) {
      const canonical = JSON.stringify(
        Object.fromEntries(Object.entries(payload).sort(([a], [b]) => (a < b ? -1 : 1))),
      );
      expect(dedupeKey).toBe(createHash('sha256').update(canonical).digest('hex'));
    }
  });

  it('makes the same calls from the same seed', async () => {
    const other = await openTestDatabase();
    try {
      await seedDemo(other.prisma);
      const again = await loadCalls(other, OPTIONS);
      expect(again).toMatchObject({ calls: first.calls, events: first.events, forms: first.forms });
      expect(await fingerprint(other, again.tenantId)).toEqual(await fingerprint(db, tenantId));
    } finally {
      await other.close();
    }
  }, 120_000);

  it('gives a new tenant its roster and call report template, with forms from no rule', async () => {
    const result = await loadCalls(db, { calls: 300, days: 7, tenant: 'fresh', seed: 3, now: NOW });
    const tenant = await db.prisma.tenant.findUniqueOrThrow({ where: { slug: 'fresh' } });
    expect(result).toMatchObject({ tenantId: tenant.id, calls: 300, agentsCreated: 40, queuesCreated: 6 });
    const template = await db.prisma.formTemplate.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(template.name).toBe('Call report');
    const forms = await rows<{ source: string; autopause: boolean; reason: string | null; ruled: boolean }>(
      `SELECT DISTINCT c."source"::text AS source, f."autopause", f."autopauseReason" AS reason,
              f."ruleId" IS NOT NULL AS ruled
       FROM "FormSession" f JOIN "Call" c ON c."id" = f."callId" WHERE f."tenantId" = $1::uuid`,
      tenant.id,
    );
    expect(forms.sort((a, b) => a.source.localeCompare(b.source))).toEqual([
      { source: 'shuttle', autopause: false, reason: null, ruled: false },
      { source: 'xivo', autopause: true, reason: 'backoffice', ruled: false },
    ]);
    expect(await db.prisma.call.count({ where: { tenantId } })).toBe(2_000);
  });

  // Last: it doubles the tenant's calls.
  it('adds a second run beside the first without clashing', async () => {
    const second = await loadCalls(db, { ...OPTIONS, tenant: DEFAULT_TENANT_SLUG });
    expect(second).toMatchObject({ tenantId, calls: 2_000, agentsCreated: 0, queuesCreated: 0 });
    expect(await db.prisma.call.count({ where: { tenantId } })).toBe(4_000);
    expect(await db.prisma.formSession.count({ where: { tenantId } })).toBe(first.forms + second.forms);
    expect(await db.prisma.agent.count({ where: { tenantId } })).toBe(40);
    // The first run's calls are untouched.
    const firstRunCalls = await number(
      `SELECT count(*) AS n FROM "Call" WHERE "tenantId" = $1::uuid AND split_part("externalCallId", '.', 2)::int <= 2000`,
      tenantId,
    );
    expect(firstRunCalls).toBe(2_000);
  }, 120_000);
});

/** Everything but the random ids, in a stable order. */
async function fingerprint(db: Database, tenantId: string): Promise<Record<string, string>> {
  const [row] = await db.prisma.$queryRawUnsafe<Record<string, string>[]>(
    `SELECT
       (SELECT md5(string_agg(concat_ws('|', c."source", c."externalCallId", c."caller", c."callerNormalized", c."callerName",
                                        c."callee", q."name", a."externalId", c."direction", c."state", c."ringingAt",
                                        c."answeredAt", c."endedAt", c."userData"::text, c."holdSeconds", c."ringSeconds",
                                        c."talkSeconds", c."hangupReason"), ',' ORDER BY c."externalCallId"))
        FROM "Call" c LEFT JOIN "Queue" q ON q."id" = c."queueId" LEFT JOIN "Agent" a ON a."id" = c."agentId"
        WHERE c."tenantId" = $1::uuid) AS calls,
       (SELECT md5(string_agg(concat_ws('|', c."externalCallId", e."type", e."occurredAt", e."dedupeKey", e."payload"::text),
                              ',' ORDER BY c."externalCallId", e."occurredAt", e."type"))
        FROM "CallEvent" e JOIN "Call" c ON c."id" = e."callId" WHERE c."tenantId" = $1::uuid) AS events,
       (SELECT md5(string_agg(concat_ws('|', c."externalCallId", f."status", f."title", f."data"::text, f."disposition",
                                        f."openedAt", f."completedAt", f."wrapUpSeconds", f."autopause", f."autopauseReason",
                                        f."createdAt"), ',' ORDER BY c."externalCallId"))
        FROM "FormSession" f JOIN "Call" c ON c."id" = f."callId" WHERE c."tenantId" = $1::uuid) AS forms`,
    tenantId,
  );
  return row!;
}
