// The baseline: the XiVO web service's writes done by hand on node:http + pg, no framework,
// no ORM, no validation library. The API is measured against this in the same run.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
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

function matches(match, body) {
  if (match.queues && !match.queues.some((q) => q === body.queue?.name || q === body.queue?.number)) return false;
  return true;
}

async function handle(body) {
  const { token: _token, ...user } = body.user;
  const payload = { ...body, user };
  const dedupeKey = createHash('sha256').update(JSON.stringify(payload)).digest('hex');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const agent = await client.query(
      `INSERT INTO "Agent" (id, "tenantId", source, "externalId", "firstName", "lastName", "fullName", "userId", "updatedAt")
       VALUES ($1, $2, 'xivo', $3, $4, $5, $6, $7, now())
       ON CONFLICT ("tenantId", source, "externalId") DO UPDATE
         SET "firstName" = EXCLUDED."firstName", "lastName" = EXCLUDED."lastName", "fullName" = EXCLUDED."fullName", "updatedAt" = now()
       RETURNING id`,
      [randomUUID(), tenantId, String(user.agentId), user.firstName, user.lastName, user.fullName, String(user.userId)],
    );
    let queueId = null;
    if (body.queue) {
      const queue = await client.query(
        `INSERT INTO "Queue" (id, "tenantId", source, "externalId", name, "displayName", number, "updatedAt")
         VALUES ($1, $2, 'xivo', $3, $4, $5, $6, now())
         ON CONFLICT ("tenantId", source, "externalId") DO UPDATE
           SET name = EXCLUDED.name, "displayName" = EXCLUDED."displayName", number = EXCLUDED.number, "updatedAt" = now()
         RETURNING id`,
        [randomUUID(), tenantId, String(body.queue.id), body.queue.name, body.queue.displayName, body.queue.number],
      );
      queueId = queue.rows[0].id;
    }
    const call = await client.query(
      `INSERT INTO "Call" (id, "tenantId", source, "externalCallId", caller, "callerNormalized", callee, "queueId", "agentId", direction, "userData", "updatedAt")
       VALUES ($1, $2, 'xivo', $3, $4, $5, $6, $7, $8, $9, $10, now())
       ON CONFLICT ("tenantId", source, "externalCallId") DO UPDATE SET "agentId" = EXCLUDED."agentId", "updatedAt" = now()
       RETURNING id`,
      [
        randomUUID(), tenantId, body.callDataCallId, body.caller, body.caller.replace(/\D/g, ''), body.callee,
        queueId, agent.rows[0].id, queueId ? 'inbound' : 'unknown', JSON.stringify(body.userData ?? {}),
      ],
    );
    const callId = call.rows[0].id;
    await client.query(
      `INSERT INTO "CallEvent" (id, "callId", type, "dedupeKey", payload) VALUES ($1, $2, 'thirdparty', $3, $4)
       ON CONFLICT ("callId", "dedupeKey") DO NOTHING`,
      [randomUUID(), callId, dedupeKey, JSON.stringify(payload)],
    );
    const rules = await client.query(
      `SELECT id, match, action, event, "formTemplateId", autopause, "autopauseReason", multitab, "titleTemplate"
       FROM "Rule" WHERE "tenantId" = $1 AND enabled ORDER BY priority`,
      [tenantId],
    );
    const rule = rules.rows.find((r) => matches(r.match, body));
    if (!rule || rule.action === 'none') {
      await client.query('COMMIT');
      return { action: 'none' };
    }
    const form = await client.query(
      `INSERT INTO "FormSession" (id, "tenantId", "callId", "templateId", "ruleId", autopause, "autopauseReason", title, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT ("callId") DO UPDATE SET "updatedAt" = now()
       RETURNING id`,
      [randomBytes(18).toString('base64url'), tenantId, callId, rule.formTemplateId, rule.id, !!rule.autopause, rule.autopauseReason, rule.titleTemplate],
    );
    await client.query('COMMIT');
    const answer = { action: rule.action, event: rule.event, url: `${publicWebUrl}/thirdparty/open/${form.rows[0].id}` };
    if (rule.autopause !== null) answer.autopause = rule.autopause;
    if (rule.autopauseReason) answer.autopauseReason = rule.autopauseReason;
    if (rule.multitab !== null) answer.multitab = rule.multitab;
    if (rule.titleTemplate) answer.title = rule.titleTemplate.replace('{{caller}}', body.caller);
    return answer;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
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
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
