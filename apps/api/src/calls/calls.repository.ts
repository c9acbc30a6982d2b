import { Inject, Injectable } from '@nestjs/common';
import type { TLiveCall } from '@screenpop/contracts';
import { type CallDirection, type CallState, type Database, type Platform, Prisma } from '@screenpop/db';
import { randomBytes, randomUUID } from 'node:crypto';
import { DATABASE } from '../common/database.module.js';

/** An agent's details; a null one keeps what is already known (an event need not repeat them all). */
export interface IntakeAgent {
  externalId: string;
  firstName: string | null;
  lastName: string | null;
  fullName: string | null;
  userId: string | null;
  /** Shuttle: the agent's interface (SIP/...) and SIP name. */
  peer?: string | null;
  sipName?: string | null;
}

export interface IntakeQueue {
  externalId: string;
  name: string;
  displayName: string | null;
  number: string | null;
}

/** A new form session id: the form's URL is its only credential, so 144 random bits. */
export function newFormSessionId(): string {
  return randomBytes(18).toString('base64url');
}

export interface IntakeFormSession {
  /** Used only when the call has no form session yet: one call, one form. */
  id: string;
  templateId: string;
  ruleId: string | null;
  title: string | null;
  autopause: boolean;
  autopauseReason: string | null;
}

/** What an event says happened to the call (Shuttle); a call never goes back to an earlier state. */
export interface CallProgress {
  state: CallState;
  /** Seconds, as the platform reports them; null keeps what is known. */
  holdSeconds: number | null;
  ringSeconds: number | null;
  talkSeconds: number | null;
  hangupReason: string | null;
}

export interface IntakeEvent {
  tenantId: string;
  source: Platform;
  agent: IntakeAgent | null;
  queue: IntakeQueue | null;
  call: {
    externalCallId: string;
    caller: string;
    callerNormalized: string | null;
    callee: string;
    direction: CallDirection;
    userData: Record<string, string> | null;
    callerName?: string | null;
    /** Absent: the event does not move the call on (XiVO's third-party POST is sent when it rings). */
    progress?: CallProgress;
  };
  event: { type: string; dedupeKey: string; payload: unknown };
  formSession: IntakeFormSession | null;
}

export interface RecordedIntakeEvent {
  callId: string;
  /** False when the same event had already been stored. */
  eventStored: boolean;
  /** The call's form session (the existing one when the call already had one). */
  formSessionId: string | null;
  /** When the event was first stored: the same for a duplicate. */
  occurredAt: Date;
  /** The call as it is now, as the supervisors' live view shows it. */
  call: TLiveCall;
}

/** Agent and queue rows already known to exist with these details: the statement then skips them. */
interface KnownRows {
  agentId: string | null;
  queueId: string | null;
}

interface RecordRow extends Omit<TLiveCall, 'id' | 'ringingAt' | 'answeredAt' | 'endedAt'> {
  callId: string;
  formSessionId: string | null;
  eventStored: boolean;
  occurredAt: Date | null;
  ringingAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  agentId: string | null;
  queueId: string | null;
}

const MAX_ATTEMPTS = 3;
const MAX_KNOWN_ROWS = 10_000;
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * Writes an intake event in one SQL statement: agent, queue, call, the event itself and the call's
 * form session. One statement is one round trip and atomic, so a failure leaves nothing half-written.
 */
@Injectable()
export class CallsRepository {
  private readonly knownRows = new Map<string, string>();

  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async recordIntakeEvent(input: IntakeEvent): Promise<RecordedIntakeEvent> {
    const agentKey = input.agent && rowKey('agent', input.tenantId, input.source, input.agent);
    const queueKey = input.queue && rowKey('queue', input.tenantId, input.source, input.queue);
    let storedByEarlierAttempt = false;
    for (let attempt = 1; ; attempt++) {
      const known: KnownRows = {
        agentId: (agentKey && this.knownRows.get(agentKey)) || null,
        queueId: (queueKey && this.knownRows.get(queueKey)) || null,
      };
      try {
        const [row] = await this.database.prisma.$queryRaw<RecordRow[]>(recordStatement(input, known));
        if (!row) throw new Error('Recording the call event returned no row');
        // An agent or queue first seen by two concurrent requests is not visible to the one that lost
        // the insert; running the (idempotent) statement again links it.
        const unlinked = (input.agent && !row.agentId) || (input.queue && !row.queueId);
        // Likewise the same event stored concurrently: its time is read on the next attempt.
        const unseenDuplicate = !row.eventStored && !row.occurredAt;
        storedByEarlierAttempt ||= row.eventStored;
        if ((unlinked || unseenDuplicate) && attempt < MAX_ATTEMPTS) continue;
        if (agentKey && row.agentId) this.remember(agentKey, row.agentId);
        if (queueKey && row.queueId) this.remember(queueKey, row.queueId);
        return {
          callId: row.callId,
          eventStored: row.eventStored || storedByEarlierAttempt,
          formSessionId: row.formSessionId,
          occurredAt: row.occurredAt ?? new Date(),
          call: liveCall(row),
        };
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS) throw error;
        // A remembered agent or queue was deleted meanwhile: forget them all and write them again.
        if (hasCode(error, FOREIGN_KEY_VIOLATION)) this.knownRows.clear();
        else if (!isUniqueViolation(error)) throw error;
      }
    }
  }

  private remember(key: string, id: string): void {
    if (this.knownRows.size >= MAX_KNOWN_ROWS) this.knownRows.clear();
    this.knownRows.set(key, id);
  }
}

function liveCall(row: RecordRow): TLiveCall {
  return {
    id: row.callId,
    source: row.source,
    externalCallId: row.externalCallId,
    caller: row.caller,
    callerName: row.callerName,
    callee: row.callee,
    direction: row.direction,
    state: row.state,
    queueName: row.queueName,
    agentName: row.agentName,
    ringingAt: row.ringingAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

/** Identifies a row and the details it was written with: changed details are written again. */
function rowKey(
  kind: string,
  tenantId: string,
  source: Platform,
  details: IntakeAgent | IntakeQueue,
): string {
  return JSON.stringify([kind, tenantId, source, details]);
}

function recordStatement(
  input: IntakeEvent,
  known: KnownRows = { agentId: null, queueId: null },
): Prisma.Sql {
  const { tenantId, source, agent, queue, call, event, formSession } = input;
  const tenant = Prisma.sql`${tenantId}::uuid`;
  const platform = Prisma.sql`${source}::"Platform"`;

  const agentSql = agentRowSql(agent, known.agentId, tenant, platform);
  const queueSql = queueRowSql(queue, known.queueId, tenant, platform);
  const userData = call.userData ? JSON.stringify(call.userData) : null;
  const progress = call.progress;
  const queueName = queue ? (queue.displayName ?? queue.name) : null;
  const state = Prisma.sql`${progress?.state ?? 'ringing'}::"CallState"`;
  const formSql = formSession
    ? Prisma.sql`
      form AS (
        INSERT INTO "FormSession" ("id", "tenantId", "callId", "templateId", "ruleId", "title", "autopause", "autopauseReason", "updatedAt")
        SELECT ${formSession.id}::text, ${tenant}, call."id", ${formSession.templateId}::uuid, ${formSession.ruleId}::uuid,
               ${formSession.title}::text, ${formSession.autopause}::boolean, ${formSession.autopauseReason}::text, now()
        FROM call
        ON CONFLICT ("callId") DO UPDATE SET "callId" = EXCLUDED."callId"
        RETURNING "id"
      )`
    : Prisma.sql`form AS (SELECT NULL::text AS "id" WHERE false)`;

  // ON CONFLICT ... DO UPDATE returns the row even when a concurrent request inserted it first.
  return Prisma.sql`
    WITH
    ${agentSql}
    ${queueSql}
    call AS (
      INSERT INTO "Call" ("id", "tenantId", "source", "externalCallId", "caller", "callerNormalized", "callerName", "callee",
                          "queueId", "agentId", "direction", "userData", "state", "answeredAt", "endedAt",
                          "holdSeconds", "ringSeconds", "talkSeconds", "hangupReason", "updatedAt")
      VALUES (${randomUUID()}::uuid, ${tenant}, ${platform}, ${call.externalCallId}, ${call.caller},
              ${call.callerNormalized}::text, ${call.callerName ?? null}::text, ${call.callee},
              (SELECT "id" FROM queue LIMIT 1), (SELECT "id" FROM agent LIMIT 1),
              ${call.direction}::"CallDirection", ${userData}::jsonb, ${state},
              CASE WHEN ${state} = 'answered' THEN now() END,
              CASE WHEN ${state} IN ('ended', 'abandoned') THEN now() END,
              ${progress?.holdSeconds ?? null}::int, ${progress?.ringSeconds ?? null}::int,
              ${progress?.talkSeconds ?? null}::int, ${progress?.hangupReason ?? null}::text, now())
      ON CONFLICT ("tenantId", "source", "externalCallId") DO UPDATE SET
        "caller" = EXCLUDED."caller",
        "callerNormalized" = EXCLUDED."callerNormalized",
        "callerName" = COALESCE(EXCLUDED."callerName", "Call"."callerName"),
        "callee" = EXCLUDED."callee",
        "queueId" = COALESCE(EXCLUDED."queueId", "Call"."queueId"),
        "agentId" = COALESCE(EXCLUDED."agentId", "Call"."agentId"),
        "direction" = CASE WHEN EXCLUDED."direction" = 'unknown' THEN "Call"."direction" ELSE EXCLUDED."direction" END,
        "userData" = COALESCE(EXCLUDED."userData", "Call"."userData"),
        -- Events may arrive out of order: a call only moves on (ringing, answered, then ended or abandoned).
        "state" = CASE WHEN ${stateRank('EXCLUDED')} > ${stateRank('"Call"')} THEN EXCLUDED."state" ELSE "Call"."state" END,
        "answeredAt" = COALESCE("Call"."answeredAt",
                                CASE WHEN "Call"."state" IN ('ringing', 'answered') THEN EXCLUDED."answeredAt" END),
        "endedAt" = COALESCE("Call"."endedAt", EXCLUDED."endedAt"),
        "holdSeconds" = COALESCE(EXCLUDED."holdSeconds", "Call"."holdSeconds"),
        "ringSeconds" = COALESCE(EXCLUDED."ringSeconds", "Call"."ringSeconds"),
        "talkSeconds" = COALESCE(EXCLUDED."talkSeconds", "Call"."talkSeconds"),
        "hangupReason" = COALESCE(EXCLUDED."hangupReason", "Call"."hangupReason"),
        "updatedAt" = now()
      RETURNING "id", "source", "externalCallId", "caller", "callerName", "callee", "direction", "state",
                "ringingAt", "answeredAt", "endedAt", "queueId", "agentId"
    ),
    event AS (
      INSERT INTO "CallEvent" ("id", "callId", "type", "dedupeKey", "payload")
      SELECT ${randomUUID()}::uuid, call."id", ${event.type}::text, ${event.dedupeKey}::text, ${JSON.stringify(event.payload)}::jsonb
      FROM call
      ON CONFLICT ("callId", "dedupeKey") DO NOTHING
      RETURNING "id", "occurredAt"
    ),
    ${formSql}
    SELECT
      call."id"::text AS "callId",
      (SELECT "id" FROM form) AS "formSessionId",
      EXISTS (SELECT 1 FROM event) AS "eventStored",
      COALESCE(
        (SELECT "occurredAt" FROM event),
        (SELECT "occurredAt" FROM "CallEvent" WHERE "callId" = call."id" AND "dedupeKey" = ${event.dedupeKey}::text)
      ) AS "occurredAt",
      (SELECT "id" FROM agent LIMIT 1)::text AS "agentId",
      (SELECT "id" FROM queue LIMIT 1)::text AS "queueId",
      call."source"::text AS "source", call."externalCallId", call."caller", call."callerName", call."callee",
      call."direction"::text AS "direction", call."state"::text AS "state",
      call."ringingAt", call."answeredAt", call."endedAt",
      -- A row written by this statement is not visible to it: the event's own names come first.
      COALESCE(${queueName}::text,
               (SELECT COALESCE(q."displayName", q."name") FROM "Queue" q WHERE q."id" = call."queueId")) AS "queueName",
      COALESCE(${agent?.fullName ?? null}::text,
               (SELECT COALESCE(a."fullName", a."externalId") FROM "Agent" a WHERE a."id" = call."agentId"),
               ${agent?.externalId ?? null}::text) AS "agentName"
    FROM call`;
}

/** ringing 0, answered 1, ended and abandoned 2, of the state column of `table`. */
function stateRank(table: 'EXCLUDED' | '"Call"'): Prisma.Sql {
  return Prisma.raw(`(CASE ${table}."state" WHEN 'ringing' THEN 0 WHEN 'answered' THEN 1 ELSE 2 END)`);
}

// Existing agents and queues are read, and updated only when their details changed: every call of
// a busy queue updating the same row would serialise them all on its lock.
function agentRowSql(
  agent: IntakeAgent | null,
  knownId: string | null,
  tenant: Prisma.Sql,
  platform: Prisma.Sql,
): Prisma.Sql {
  if (knownId) return Prisma.sql`agent AS (SELECT ${knownId}::uuid AS "id"),`;
  if (!agent) return Prisma.sql`agent AS (SELECT NULL::uuid AS "id" WHERE false),`;
  const peer = agent.peer ?? null;
  const sipName = agent.sipName ?? null;
  return Prisma.sql`
      agent_new AS (
        INSERT INTO "Agent" ("id", "tenantId", "source", "externalId", "firstName", "lastName", "fullName", "userId",
                             "peer", "sipName", "updatedAt")
        VALUES (${randomUUID()}::uuid, ${tenant}, ${platform}, ${agent.externalId}, ${agent.firstName}::text,
                ${agent.lastName}::text, ${agent.fullName}::text, ${agent.userId}::text, ${peer}::text, ${sipName}::text, now())
        ON CONFLICT ("tenantId", "source", "externalId") DO NOTHING
        RETURNING "id"
      ),
      agent_changed AS (
        UPDATE "Agent"
        SET "firstName" = COALESCE(${agent.firstName}::text, "firstName"),
            "lastName" = COALESCE(${agent.lastName}::text, "lastName"),
            "fullName" = COALESCE(${agent.fullName}::text, "fullName"),
            "userId" = COALESCE(${agent.userId}::text, "userId"),
            "peer" = COALESCE(${peer}::text, "peer"),
            "sipName" = COALESCE(${sipName}::text, "sipName"),
            "updatedAt" = now()
        WHERE "tenantId" = ${tenant} AND "source" = ${platform} AND "externalId" = ${agent.externalId}
          AND ("firstName", "lastName", "fullName", "userId", "peer", "sipName")
              IS DISTINCT FROM (COALESCE(${agent.firstName}::text, "firstName"), COALESCE(${agent.lastName}::text, "lastName"),
                                COALESCE(${agent.fullName}::text, "fullName"), COALESCE(${agent.userId}::text, "userId"),
                                COALESCE(${peer}::text, "peer"), COALESCE(${sipName}::text, "sipName"))
        RETURNING "id"
      ),
      agent AS (
        SELECT "id" FROM agent_new
        UNION ALL
        SELECT "id" FROM "Agent" WHERE "tenantId" = ${tenant} AND "source" = ${platform} AND "externalId" = ${agent.externalId}
      ),`;
}

function queueRowSql(
  queue: IntakeQueue | null,
  knownId: string | null,
  tenant: Prisma.Sql,
  platform: Prisma.Sql,
): Prisma.Sql {
  if (knownId) return Prisma.sql`queue AS (SELECT ${knownId}::uuid AS "id"),`;
  if (!queue) return Prisma.sql`queue AS (SELECT NULL::uuid AS "id" WHERE false),`;
  return Prisma.sql`
      queue_new AS (
        INSERT INTO "Queue" ("id", "tenantId", "source", "externalId", "name", "displayName", "number", "updatedAt")
        VALUES (${randomUUID()}::uuid, ${tenant}, ${platform}, ${queue.externalId}, ${queue.name},
                ${queue.displayName}::text, ${queue.number}::text, now())
        ON CONFLICT ("tenantId", "source", "externalId") DO NOTHING
        RETURNING "id"
      ),
      queue_changed AS (
        UPDATE "Queue"
        SET "name" = ${queue.name}, "displayName" = ${queue.displayName}::text, "number" = ${queue.number}::text, "updatedAt" = now()
        WHERE "tenantId" = ${tenant} AND "source" = ${platform} AND "externalId" = ${queue.externalId}
          AND ("name", "displayName", "number") IS DISTINCT FROM (${queue.name}::text, ${queue.displayName}::text, ${queue.number}::text)
        RETURNING "id"
      ),
      queue AS (
        SELECT "id" FROM queue_new
        UNION ALL
        SELECT "id" FROM "Queue" WHERE "tenantId" = ${tenant} AND "source" = ${platform} AND "externalId" = ${queue.externalId}
      ),`;
}

function isUniqueViolation(error: unknown): boolean {
  return (
    hasCode(error, '23505') || (error instanceof Error && (error as { code?: unknown }).code === 'P2002')
  );
}

/** The PostgreSQL error code, wherever Prisma's driver adapter put it. */
function hasCode(error: unknown, sqlState: string): boolean {
  if (!(error instanceof Error)) return false;
  const { code, meta } = error as Error & { code?: unknown; meta?: unknown };
  return code === sqlState || JSON.stringify(meta ?? {}).includes(`"${sqlState}"`);
}
