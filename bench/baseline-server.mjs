// The baseline: the XiVO web service's writes done by hand on node:http + pg, the way a careful
// hand-written server would (rules cached, one prepared statement per call), with no framework, ORM
// or validation library. The API is measured against this in the same run.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const url = new URL(process.env.DATABASE_URL);
const schema = url.searchParams.get('schema') ?? 'public';
url.searchParams.delete('schema');
const pool = new pg.Pool({
  connectionString: url.toString(),
  max: Number(process.env.POOL_SIZE ?? 10),
  options: `-c search_path="${schema}"`,
});
const publicWebUrl = process.env.PUBLIC_WEB_URL ?? 'http://localhost:3000';
const { rows: tenants } = await pool.query(`SELECT id FROM "Tenant" WHERE slug = 'default'`);
const tenantId = tenants[0].id;

let rules = [];
async function loadRules() {
  const result = await pool.query(
    `SELECT id, match, action, event, "formTemplateId", autopause, "autopauseReason", multitab, "titleTemplate"
     FROM "Rule" WHERE "tenantId" = $1 AND enabled ORDER BY priority`,
    [tenantId],
  );
  rules = result.rows;
}
await loadRules();
setInterval(loadRules, 2000).unref();

function matches(match, body) {
  if (match.queues && !match.queues.some((q) => q === body.queue?.name || q === body.queue?.number))
    return false;
  return true;
}

// Agent, queue, call, event and form session in one prepared statement: one round trip, atomic.
const RECORD = `
  WITH
  agent AS (
    INSERT INTO "Agent" (id, "tenantId", source, "externalId", "firstName", "lastName", "fullName", "userId", "updatedAt")
    VALUES (gen_random_uuid(), $1, 'xivo', $2, $3, $4, $5, $6, now())
    ON CONFLICT ("tenantId", source, "externalId") DO UPDATE SET "updatedAt" = "Agent"."updatedAt"
    RETURNING id
  ),
  queue AS (
    INSERT INTO "Queue" (id, "tenantId", source, "externalId", name, "displayName", number, "updatedAt")
    SELECT gen_random_uuid(), $1, 'xivo', $7, $8, $9, $10, now() WHERE $7::text IS NOT NULL
    ON CONFLICT ("tenantId", source, "externalId") DO UPDATE SET "updatedAt" = "Queue"."updatedAt"
    RETURNING id
  ),
  call AS (
    INSERT INTO "Call" (id, "tenantId", source, "externalCallId", caller, "callerNormalized", callee, "queueId", "agentId", direction, "userData", "updatedAt")
    VALUES (gen_random_uuid(), $1, 'xivo', $11, $12, $13, $14, (SELECT id FROM queue), (SELECT id FROM agent), $15, $16, now())
    ON CONFLICT ("tenantId", source, "externalCallId") DO UPDATE SET "updatedAt" = now()
    RETURNING id
  ),
  event AS (
    INSERT INTO "CallEvent" (id, "callId", type, "dedupeKey", payload)
    SELECT gen_random_uuid(), call.id, 'thirdparty', $17, $18 FROM call
    ON CONFLICT ("callId", "dedupeKey") DO NOTHING
  ),
  form AS (
    INSERT INTO "FormSession" (id, "tenantId", "callId", "templateId", "ruleId", autopause, "autopauseReason", title, "updatedAt")
    SELECT $19, $1, call.id, $20, $21, $22, $23, $24, now() FROM call WHERE $21::uuid IS NOT NULL
    ON CONFLICT ("callId") DO UPDATE SET "callId" = EXCLUDED."callId"
    RETURNING id
  )
  SELECT (SELECT id FROM form) AS "formId"`;

async function handle(body) {
  const { token: _token, ...user } = body.user;
  const payload = { ...body, user };
  const dedupeKey = createHash('sha256').update(JSON.stringify(payload)).digest('hex');
  const rule = rules.find((r) => matches(r.match, body));
  const opens = rule && rule.action !== 'none';
  const title = opens && rule.titleTemplate ? rule.titleTemplate.replace('{{caller}}', body.caller) : null;
  const result = await pool.query({
    name: 'record-thirdparty',
    text: RECORD,
    values: [
      tenantId,
      String(user.agentId),
      user.firstName,
      user.lastName,
      user.fullName,
      String(user.userId),
      body.queue ? String(body.queue.id) : null,
      body.queue?.name,
      body.queue?.displayName,
      body.queue?.number,
      body.callDataCallId,
      body.caller,
      body.caller.replace(/\D/g, ''),
      body.callee,
      body.queue ? 'inbound' : 'unknown',
      JSON.stringify(body.userData ?? {}),
      dedupeKey,
      JSON.stringify(payload),
      randomBytes(18).toString('base64url'),
      opens ? rule.formTemplateId : null,
      opens ? rule.id : null,
      opens ? !!rule.autopause : false,
      opens ? rule.autopauseReason : null,
      title,
    ],
  });
  if (!opens) return { action: 'none' };
  const answer = {
    action: rule.action,
    event: rule.event,
    url: `${publicWebUrl}/thirdparty/open/${result.rows[0].formId}`,
  };
  if (rule.autopause !== null) answer.autopause = rule.autopause;
  if (rule.autopauseReason) answer.autopauseReason = rule.autopauseReason;
  if (rule.multitab !== null) answer.multitab = rule.multitab;
  if (title) answer.title = title;
  return answer;
}

const server = createServer((req, res) => {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', async () => {
    try {
      const body = JSON.parse(raw);
      if (typeof body.callDataCallId !== 'string' || typeof body.user?.agentId !== 'number') {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad request"}');
        return;
      }
      const answer = await handle(body);
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(JSON.stringify(answer));
    } catch (error) {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: String(error) }));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
