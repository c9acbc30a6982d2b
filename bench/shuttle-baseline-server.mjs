// The baseline for the Shuttle intake: a bare socket.io server on pg, storing each event the way a careful
// hand-written relay endpoint would (one prepared statement per event: agent, queue, call, event) and
// acknowledging it once stored. No framework, ORM or validation library.
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { Server } from 'socket.io';

const url = new URL(process.env.DATABASE_URL);
const schema = url.searchParams.get('schema') ?? 'public';
url.searchParams.delete('schema');
const pool = new pg.Pool({
  connectionString: url.toString(),
  max: 10,
  options: `-c search_path="${schema}"`,
});
const { rows } = await pool.query(`SELECT id FROM "Tenant" WHERE slug = 'default'`);
const tenantId = rows[0].id;
const tokenDigest = createHash('sha256').update(process.env.DEMO_SHUTTLE_TOKEN).digest();

const STATES = {
  ringing: 'ringing',
  up: 'answered',
  hangup: 'ended',
  abandon: 'abandoned',
  outbound: 'ringing',
};
const RECORD = `
  WITH
  agent AS (
    INSERT INTO "Agent" (id, "tenantId", source, "externalId", "fullName", peer, "sipName", "updatedAt")
    SELECT gen_random_uuid(), $1, 'shuttle', $2, $3, $4, $5, now() WHERE $2::text IS NOT NULL
    ON CONFLICT ("tenantId", source, "externalId") DO UPDATE SET "updatedAt" = "Agent"."updatedAt"
    RETURNING id
  ),
  queue AS (
    INSERT INTO "Queue" (id, "tenantId", source, "externalId", name, "updatedAt")
    SELECT gen_random_uuid(), $1, 'shuttle', $6, $6, now() WHERE $6::text IS NOT NULL
    ON CONFLICT ("tenantId", source, "externalId") DO UPDATE SET "updatedAt" = "Queue"."updatedAt"
    RETURNING id
  ),
  call AS (
    INSERT INTO "Call" (id, "tenantId", source, "externalCallId", caller, "callerName", callee, "queueId", "agentId",
                        direction, state, "holdSeconds", "ringSeconds", "talkSeconds", "hangupReason", "updatedAt")
    VALUES (gen_random_uuid(), $1, 'shuttle', $7, $8, $9, $10, (SELECT id FROM queue), (SELECT id FROM agent),
            $11, $12, $13, $14, $15, $16, now())
    ON CONFLICT ("tenantId", source, "externalCallId") DO UPDATE SET
      state = EXCLUDED.state, "holdSeconds" = COALESCE(EXCLUDED."holdSeconds", "Call"."holdSeconds"),
      "talkSeconds" = COALESCE(EXCLUDED."talkSeconds", "Call"."talkSeconds"), "updatedAt" = now()
    RETURNING id
  ),
  event AS (
    INSERT INTO "CallEvent" (id, "callId", type, "dedupeKey", payload)
    SELECT gen_random_uuid(), call.id, $17, $18, $19 FROM call
    ON CONFLICT ("callId", "dedupeKey") DO NOTHING
    RETURNING id
  )
  SELECT (SELECT id FROM call) AS "callId", EXISTS (SELECT 1 FROM event) AS stored`;

const seconds = (v) => (v === undefined ? null : Number(v));

async function store(name, data) {
  const payload = JSON.stringify(data);
  const result = await pool.query({
    name: 'record-shuttle',
    text: RECORD,
    values: [
      tenantId,
      data.agentnum ?? null,
      data.agentname ?? null,
      data.peer ?? null,
      data.sipname ?? null,
      data.queue ?? null,
      data.uniqueid,
      data.callernum ?? '',
      data.callername ?? null,
      data.extension ?? '',
      data.direction === 'outbound' ? 'outbound' : 'inbound',
      STATES[name],
      seconds(data.holdtime),
      seconds(data.ringtime),
      seconds(data.talktime),
      data.reason ?? null,
      name,
      createHash('sha256').update(payload).digest('hex'),
      payload,
    ],
  });
  return { ok: true, callId: result.rows[0].callId, duplicate: !result.rows[0].stored, commands: [] };
}

const http = createServer((req, res) => res.writeHead(200).end('ok'));
const io = new Server(http);
io.of('/shuttle')
  .use((socket, next) => {
    const digest = createHash('sha256')
      .update(String(socket.handshake.auth?.token ?? ''))
      .digest();
    next(timingSafeEqual(digest, tokenDigest) ? undefined : new Error('Unauthorized'));
  })
  .on('connection', (socket) => {
    for (const name of Object.keys(STATES)) {
      socket.on(name, (data, ack) => {
        if (typeof data?.uniqueid !== 'string') return ack({ ok: false, error: 'uniqueid: Required' });
        store(name, data).then(ack, (error) => ack({ ok: false, error: String(error) }));
      });
    }
  });
http.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => io.close(() => pool.end().then(() => process.exit(0))));
