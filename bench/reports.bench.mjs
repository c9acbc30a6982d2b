// `npm run bench`, third part (alone: `npm run bench -- reports`): the history reports on a million calls in
// PostgreSQL, each query's p50/p95/max against the 300 ms target, beside the same summary figures computed
// straight from the calls by one plain SQL aggregate (no rollup), measured in the same run.
//
// Options (also as environment variables): --calls N (BENCH_CALLS, default 1,000,000), --tenant slug
// (BENCH_TENANT, default bench-reports), --runs N (BENCH_RUNS, default 30), --days D and --seed S for the
// generator (180, 1), --fresh to delete the tenant's calls and generate them again. The database is
// BENCH_REPORTS_DATABASE_URL, else the database screenpop_bench on the benchmarks' PostgreSQL server.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '@screenpop/db';
import { databaseUrl, root, saveResult, startApi, stopOnExit, waitFor } from './support.mjs';

const API_PORT = 3205;
const TOKEN = 'bench-reports-supervisor-token';
const TARGET_MS = 300;
const WARM_UPS = 3;
const REBUILD_TIMEOUT_MS = 30 * 60_000;

const USAGE =
  'Usage: node reports.bench.mjs [--calls N] [--tenant slug] [--runs N] [--days D] [--seed S] [--fresh]';
let options;
try {
  ({ values: options } = parseArgs({
    options: {
      calls: { type: 'string', default: process.env.BENCH_CALLS ?? '1000000' },
      tenant: { type: 'string', default: process.env.BENCH_TENANT ?? 'bench-reports' },
      runs: { type: 'string', default: process.env.BENCH_RUNS ?? '30' },
      days: { type: 'string', default: '180' },
      seed: { type: 'string', default: '1' },
      fresh: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const wanted = wholeNumber('--calls', options.calls);
const runs = wholeNumber('--runs', options.runs);
const days = wholeNumber('--days', options.days);
const { tenant, seed } = options;

function wholeNumber(name, text) {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`${name} must be a positive whole number, not "${text}".`);
    process.exit(2);
  }
  return value;
}

/** Its own database, so a million calls never land in the one the other parts (or the tests) use. */
const reportsUrl =
  process.env.BENCH_REPORTS_DATABASE_URL ??
  (() => {
    const url = new URL(databaseUrl);
    url.pathname = '/screenpop_bench';
    url.search = '';
    return url.toString();
  })();

/** pg's settings for a URL that may carry Prisma's `?schema=`. */
function pgConfig(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), ...(schema ? { options: `-c search_path=${schema}` } : {}) };
}

function shown(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Connects to the database, creating it when it is missing. */
async function connect(url) {
  const client = new pg.Client(pgConfig(url));
  try {
    await client.connect();
    return client;
  } catch (error) {
    if (error.code !== '3D000') {
      console.error(
        `The benchmark needs PostgreSQL at ${shown(url)} (set BENCH_REPORTS_DATABASE_URL): ${error.message}`,
      );
      process.exit(2);
    }
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const server = new URL(url);
  server.pathname = '/postgres';
  server.search = '';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  console.log(`Reports: created the database ${name}.`);
  const created = new pg.Client(pgConfig(url));
  await created.connect();
  return created;
}

async function tenantFacts(client) {
  const { rows } = await client.query(
    `SELECT t."id",
            (SELECT count(*) FROM "Call" c WHERE c."tenantId" = t."id")::int AS "calls",
            (SELECT min(c."ringingAt") FROM "Call" c WHERE c."tenantId" = t."id") AS "first",
            (SELECT max(c."ringingAt") FROM "Call" c WHERE c."tenantId" = t."id") AS "last"
     FROM "Tenant" t WHERE t."slug" = $1`,
    [tenant],
  );
  return rows[0] ?? { id: null, calls: 0, first: null, last: null };
}

/** The load generator's CLI (`npm run seed:load`), its progress printed as it goes. */
function generate(calls) {
  const args = ['seed:load', '--calls', String(calls), '--days', String(days), '--tenant', tenant];
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--max-semi-space-size=64', join(root, 'packages/db/dist/cli.js'), ...args, '--seed', seed],
      { env: { ...process.env, DATABASE_URL: reportsUrl }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the load generator exited with code ${code}`)),
    );
  });
}

const count = (n) => n.toLocaleString('en-US');
const sorted = (samples) => [...samples].sort((a, b) => a - b);
/** Nearest rank: the smallest sample at or above a share p of them. */
const quantile = (ascending, p) => ascending[Math.max(0, Math.ceil(p * ascending.length) - 1)];
const stats = (samples) => {
  const ascending = sorted(samples);
  return { p50: quantile(ascending, 0.5), p95: quantile(ascending, 0.95), max: ascending.at(-1) };
};

function addDays(date, n) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + n);
  return day.toISOString().slice(0, 10);
}

// The summary's figures as apps/api/src/reports/history/call-facts.ts defines them, straight from the calls
// and their forms.
const OFFERED = `c."direction" <> 'outbound'`;
const ANSWERED = `(${OFFERED} AND (c."source" = 'xivo' OR c."answeredAt" IS NOT NULL))`;
const ABANDONED = `(${OFFERED} AND c."source" <> 'xivo' AND c."answeredAt" IS NULL AND (c."state" = 'abandoned' OR c."endedAt" IS NOT NULL))`;
const ANSWER_TIMED = `(${OFFERED} AND c."source" <> 'xivo' AND c."answeredAt" IS NOT NULL)`;
const MEASURED = `(${ANSWER_TIMED} OR ${ABANDONED})`;
const WAIT = `COALESCE(c."holdSeconds", CASE WHEN COALESCE(c."answeredAt", c."endedAt") IS NOT NULL
  THEN GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (COALESCE(c."answeredAt", c."endedAt") - c."ringingAt"))))::int END)`;
const TALKED = `(${ANSWER_TIMED} AND c."endedAt" IS NOT NULL)`;
const TALK = `COALESCE(c."talkSeconds", GREATEST(0, FLOOR(EXTRACT(EPOCH FROM (c."endedAt" - c."answeredAt"))))::int)`;
const WRAPPED = `(${TALKED} AND f."status" = 'completed' AND f."wrapUpSeconds" IS NOT NULL)`;
const BASELINE_SQL = `
  SELECT count(*)::int AS "calls",
         (count(*) FILTER (WHERE ${OFFERED}))::int AS "offered",
         (count(*) FILTER (WHERE ${ANSWERED}))::int AS "answered",
         (count(*) FILTER (WHERE ${ABANDONED}))::int AS "abandoned",
         (count(*) FILTER (WHERE c."direction" = 'outbound'))::int AS "outbound",
         (count(*) FILTER (WHERE ${MEASURED}))::int AS "waitMeasured",
         (count(*) FILTER (WHERE ${ANSWER_TIMED} AND ${WAIT} <= $4))::int AS "withinThreshold",
         (count(*) FILTER (WHERE ${ANSWER_TIMED}))::int AS "answerWaitCount",
         COALESCE(sum(${WAIT}) FILTER (WHERE ${ANSWER_TIMED}), 0)::float8 AS "answerWaitSum",
         (max(${WAIT}) FILTER (WHERE ${MEASURED}))::int AS "maxWait",
         (count(*) FILTER (WHERE ${TALKED}))::int AS "talkCount",
         COALESCE(sum(${TALK}) FILTER (WHERE ${TALKED}), 0)::float8 AS "talkSum",
         COALESCE(sum(${TALK} + CASE WHEN ${WRAPPED} THEN f."wrapUpSeconds" ELSE 0 END)
                  FILTER (WHERE ${TALKED}), 0)::float8 AS "handleSum",
         (count(*) FILTER (WHERE ${WRAPPED}))::int AS "wrapUpCount",
         COALESCE(sum(f."wrapUpSeconds") FILTER (WHERE ${WRAPPED}), 0)::float8 AS "wrapUpSum",
         count(f."id")::int AS "formsShown",
         (count(*) FILTER (WHERE f."openedAt" IS NOT NULL OR f."status" = 'completed'))::int AS "formsOpened",
         (count(*) FILTER (WHERE f."status" = 'completed'))::int AS "formsCompleted"
  FROM "Call" c
  LEFT JOIN "FormSession" f ON f."callId" = c."id"
  WHERE c."tenantId" = $1 AND c."ringingAt" >= $2 AND c."ringingAt" < $3`;

/** The summary figures from the baseline's sums, as the API makes them (averages and shares to one decimal). */
function figuresOf(sums) {
  const round1 = (value) => Math.round(value * 10) / 10;
  const ratio = (part, whole) => (whole === 0 ? null : round1((part * 100) / whole));
  const average = (sum, n) => (n === 0 ? null : round1(sum / n));
  return {
    ...sums,
    asaSeconds: average(sums.answerWaitSum, sums.answerWaitCount),
    ahtSeconds: average(sums.handleSum, sums.talkCount),
    serviceLevel: ratio(sums.withinThreshold, sums.waitMeasured),
    longestWaitSeconds: sums.maxWait,
  };
}
const COMPARED = [
  'calls',
  'offered',
  'answered',
  'abandoned',
  'outbound',
  'asaSeconds',
  'ahtSeconds',
  'serviceLevel',
  'longestWaitSeconds',
  'formsShown',
  'formsOpened',
  'formsCompleted',
];

const client = await connect(reportsUrl);
let stopAll = () => {};
try {
  // The API migrates on start too, but the generator and the counts below need the tables first.
  const db = await openDatabase({ databaseUrl: reportsUrl });
  try {
    await migrateDatabase(db);
  } finally {
    await db.close();
  }

  let facts = await tenantFacts(client);
  if (options.fresh && facts.calls > 0) {
    console.log(`Deleting the ${count(facts.calls)} calls of tenant ${tenant} (--fresh)…`);
    // Their events and forms go with them; the rollup is rebuilt below.
    await client.query(`DELETE FROM "Call" WHERE "tenantId" = $1`, [facts.id]);
    await client.query('VACUUM "Call", "CallEvent", "FormSession"');
    facts = await tenantFacts(client);
  }
  let dataNote;
  if (facts.calls >= wanted) {
    const hours = (Date.now() - facts.last.getTime()) / 3_600_000;
    dataNote = `reused from an earlier run (the newest call ${hours.toFixed(1)} h old)`;
    console.log(`Reports: reusing the ${count(facts.calls)} calls already in tenant ${tenant}.`);
    if (hours > 24)
      console.log('  (the recent periods thin out as the data ages: --fresh generates it again)');
  } else {
    const { calls: before } = facts;
    const missing = wanted - before;
    console.log(
      `Reports: tenant ${tenant} has ${count(before)} calls; generating ${count(missing)} ` +
        `over ${days} days (about 2 minutes per million calls)…`,
    );
    const started = performance.now();
    await generate(missing);
    facts = await tenantFacts(client);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    dataNote = before
      ? `${count(before)} reused and ${count(missing)} generated in this run (${seconds} s)`
      : `generated in this run (${seconds} s)`;
  }
  const tenantId = facts.id;

  // Without its state the API rebuilds the tenant's rollup when it starts, and logs how long that took.
  await client.query(`DELETE FROM "ReportRollupState" WHERE "tenantId" = $1`, [tenantId]);
  const api = startApi(
    API_PORT,
    reportsUrl,
    {
      SUPERVISOR_TOKEN: TOKEN,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      // The start's rebuild only: no periodic refresh in the middle of the measurements.
      REPORTS_ROLLUP_INTERVAL_SECONDS: '86400',
    },
    { stdout: 'pipe' },
  );
  stopAll = stopOnExit(api);
  // The API's warnings and errors (pino's levels 40 and up), told if it stops before the end.
  const problems = [];
  const exited = () =>
    api.exitCode !== null || api.signalCode !== null
      ? `the API exited (${api.signalCode ?? `code ${api.exitCode}`})` +
        (problems.length ? `; its last warnings and errors:\n${problems.join('\n')}` : '')
      : null;
  const rebuilt = new Promise((resolve, reject) => {
    createInterface({ input: api.stdout }).on('line', (line) => {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.level >= 40 && problems.push(line) > 10) problems.shift();
      if (entry.msg === 'Report rollup rebuilt' && entry.tenantId === tenantId) resolve(entry);
      if (entry.msg === 'Report rollup refresh failed') reject(new Error(`the rollup failed: ${line}`));
    });
    api.once('exit', () => reject(new Error(`${exited()} before its rollup was built`)));
    setTimeout(() => reject(new Error('the rollup took more than 30 minutes')), REBUILD_TIMEOUT_MS).unref();
  });
  rebuilt.catch(() => {});
  await waitFor(`http://127.0.0.1:${API_PORT}/api/health`, api);
  console.log('Waiting for the API to rebuild the report rollup…');
  const { durationMs: rebuildMs } = await rebuilt;
  // The API vacuums and analyzes the rollup tables once it has rebuilt them: measured as it leaves them.
  const { rows: rollupTables } = await client.query(
    `SELECT name FROM unnest(ARRAY['ReportCallDay', 'ReportCallHour']) AS name
     WHERE to_regclass(format('%I', name)) IS NOT NULL`,
  );
  const rollupRows = {};
  for (const { name } of rollupTables) {
    const { rows } = await client.query(`SELECT count(*)::int AS "n" FROM "${name}" WHERE "tenantId" = $1`, [
      tenantId,
    ]);
    rollupRows[name] = rows[0].n;
  }
  const {
    rows: [size],
  } = await client.query(
    `SELECT (SELECT count(*) FROM "FormSession" WHERE "tenantId" = $1)::int AS "forms",
            pg_size_pretty(pg_database_size(current_database())) AS "databaseSize"`,
    [tenantId],
  );

  const get = async (path) => {
    const separator = path.includes('?') ? '&' : '?';
    const url = `http://127.0.0.1:${API_PORT}${path}${separator}tenant=${encodeURIComponent(tenant)}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } }).catch((error) => {
      throw new Error(exited() ?? `GET ${path}: ${error.cause?.message ?? error.message}`);
    });
    const body = await response.text();
    if (response.status !== 200)
      throw new Error(`GET ${path} answered ${response.status}: ${body.slice(0, 300)}`);
    return body;
  };
  const getJson = async (path) => JSON.parse(await get(path));

  // What the queries ask for: the API's today, its busiest agent, a rare disposition, calls to open.
  const today = (await getJson('/api/reports/summary?period=today')).period.from;
  const periods = [
    { label: 'Today', query: 'period=today', interval: 'hour' },
    { label: 'Last 7 days', query: 'period=last7Days', interval: 'hour' },
    { label: 'Last 30 days', query: 'period=last30Days', interval: 'day' },
    { label: 'Last 90 days', query: 'period=last90Days', interval: 'day' },
    {
      label: '180 days, custom',
      query: `period=custom&from=${addDays(today, -179)}&to=${today}`,
      interval: 'day',
    },
  ];
  for (const period of periods) period.summary = await getJson(`/api/reports/summary?${period.query}`);
  const [, week, month, quarter] = periods;
  const agent = (await getJson(`/api/reports/agents?${month.query}`)).rows[0];
  const disposition = month.summary.dispositions.filter((d) => d.code !== null).at(-1);
  if (!agent || !disposition) throw new Error(`tenant ${tenant} has no answered calls in the last 30 days`);
  const callIds = [];
  for (const page of [1, 40, 400]) {
    const { items } = await getJson(`/api/reports/calls?${quarter.query}&page=${page}&pageSize=10`);
    callIds.push(...items.map((item) => item.id));
  }
  if (callIds.length === 0) throw new Error(`tenant ${tenant} has no calls in the last 90 days`);

  for (const period of periods) {
    const q = period.query;
    period.queries = [
      { label: 'summary', path: `/api/reports/summary?${q}` },
      { label: `series by ${period.interval}`, path: `/api/reports/series?${q}&interval=${period.interval}` },
      { label: 'agents', path: `/api/reports/agents?${q}` },
      { label: 'queues', path: `/api/reports/queues?${q}` },
      { label: 'calls, page 1', path: `/api/reports/calls?${q}&page=1&pageSize=25` },
    ];
  }
  week.queries.push({
    label: "an agent's history (7 days)",
    path: `/api/reports/agents/${agent.agentId}/calls?days=7`,
  });
  month.queries.push(
    { label: 'calls of one agent', path: `/api/reports/calls?${month.query}&agent=${agent.agentId}` },
    {
      label: `calls of a rare disposition (${disposition.share} %)`,
      path: `/api/reports/calls?${month.query}&disposition=${encodeURIComponent(disposition.code)}`,
    },
    {
      label: 'calls, Shuttle outbound',
      path: `/api/reports/calls?${month.query}&source=shuttle&direction=outbound`,
    },
  );
  quarter.queries.push(
    {
      label: 'calls, page 400 (offset 9,975)',
      path: `/api/reports/calls?${quarter.query}&page=400&pageSize=25`,
    },
    { label: 'summary of one agent', path: `/api/reports/summary?${quarter.query}&agent=${agent.agentId}` },
  );
  let nextCall = 0;
  const other = {
    label: 'No period',
    queries: [
      { label: "a call's page", path: () => `/api/reports/calls/${callIds[nextCall++ % callIds.length]}` },
    ],
  };
  const groups = [...periods, other];
  const serviceLevelSeconds = periods[0].summary.serviceLevelSeconds;

  const baseline = async (period) => {
    const { startsAt, endsBefore } = period.summary.period;
    const t0 = performance.now();
    const { rows } = await client.query(BASELINE_SQL, [tenantId, startsAt, endsBefore, serviceLevelSeconds]);
    return { ms: performance.now() - t0, figures: figuresOf(rows[0]) };
  };
  const timed = async (query) => {
    const t0 = performance.now();
    await get(typeof query.path === 'function' ? query.path() : query.path);
    return performance.now() - t0;
  };

  // The same figures on both sides, or the comparison means nothing.
  const differences = [];
  for (const period of periods) {
    const { figures } = await baseline(period);
    const differing = COMPARED.filter((name) => figures[name] !== period.summary.figures[name]);
    if (differing.length) {
      differences.push(
        `${period.label}: ${differing.map((n) => `${n} ${period.summary.figures[n]} (API) vs ${figures[n]}`).join(', ')}`,
      );
    }
  }

  // Rounds of every query once, one request at a time, so the machine's noise spreads over all of them.
  const queryCount = groups.reduce((n, group) => n + group.queries.length, 0);
  console.log(
    `Measuring ${queryCount} report queries and ${periods.length} baseline aggregates: ` +
      `${WARM_UPS} warm-up rounds, then ${runs} rounds, one request at a time…`,
  );
  for (const group of groups) {
    group.samples = [];
    for (const query of group.queries) query.samples = [];
  }
  const loads = [];
  for (let round = 0; round < WARM_UPS + runs; round++) {
    const measured = round >= WARM_UPS;
    if (measured) loads.push(loadavg()[0]);
    for (const group of groups) {
      if (group.summary) {
        const { ms } = await baseline(group);
        if (measured) group.samples.push(ms);
      }
      for (const query of group.queries) {
        const ms = await timed(query);
        if (measured) query.samples.push(ms);
      }
    }
  }

  const loadAverage = loads.reduce((a, b) => a + b, 0) / loads.length;
  const rows = [];
  const lines = [];
  const ms = (value) => value.toFixed(1).padStart(9);
  const header = `  ${''.padEnd(44)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}${'/ baseline'.padStart(12)}`;
  for (const group of groups) {
    const base = group.samples.length ? stats(group.samples) : null;
    const dates = group.summary ? ` (${group.summary.period.from} to ${group.summary.period.to})` : '';
    lines.push(`${group.label}${dates}`);
    if (base)
      lines.push(
        `  ${'baseline: one SQL aggregate over the calls'.padEnd(44)}${ms(base.p50)}${ms(base.p95)}${ms(base.max)}`,
      );
    for (const query of group.queries) {
      const s = stats(query.samples);
      const ratio = base ? s.p95 / base.p95 : null;
      const pass = s.p95 <= TARGET_MS;
      const ratioText = ratio === null ? '—' : ratio.toFixed(ratio < 0.1 ? 3 : 2);
      lines.push(
        `  ${query.label.padEnd(44)}${ms(s.p50)}${ms(s.p95)}${ms(s.max)}${ratioText.padStart(12)}  ${pass ? 'PASS' : 'FAIL'}`,
      );
      rows.push({
        period: group.label,
        query: query.label,
        path: typeof query.path === 'function' ? '/api/reports/calls/:id' : query.path,
        ...s,
        baselineP95: base?.p95 ?? null,
        ratio,
        pass,
      });
    }
  }
  const overall = stats(groups.flatMap((group) => group.queries.flatMap((query) => query.samples)));
  const failed = rows.filter((row) => !row.pass);
  console.log(
    [
      '',
      `History reports on PostgreSQL: tenant ${tenant}, ${count(facts.calls)} calls ` +
        `(${facts.first.toISOString().slice(0, 10)} to ${facts.last.toISOString().slice(0, 10)}), ${dataNote}`,
      `  ${count(size.forms)} forms; database ${size.databaseSize}; rollup rows: ` +
        `${Object.entries(rollupRows)
          .map(([name, n]) => `${count(n)} in ${name}`)
          .join(
            ', ',
          )}, rebuilt (then vacuumed and analyzed) in ${(rebuildMs / 1000).toFixed(1)} s at the API's start`,
      `  Load average over the measurements: ${loadAverage.toFixed(1)} on ${availableParallelism()} cores`,
      `  ${runs} runs per query after ${WARM_UPS} warm-ups, one request at a time; ratios are p95 / the ` +
        "baseline's p95 for the same period",
      header,
      ...lines,
      '',
      `Overall p95 of the report queries: ${overall.p95.toFixed(1)} ms (${count(rows.length * runs)} requests, max ${overall.max.toFixed(1)} ms)`,
      `Target p95 <= ${TARGET_MS} ms for every report query: ${
        failed.length === 0
          ? `met (${rows.length} of ${rows.length})`
          : `NOT met (${failed.length} of ${rows.length} over: ${failed.map((row) => `${row.period} ${row.query}`).join('; ')})`
      }`,
      ...(differences.length
        ? ["Note: the API's summary and the baseline count differently:", ...differences.map((d) => `  ${d}`)]
        : ["The API's summary figures equal the baseline's for every period."]),
    ].join('\n'),
  );
  saveResult('reports', {
    tenant,
    calls: facts.calls,
    forms: size.forms,
    rollupRows,
    rollupRebuildMs: rebuildMs,
    databaseSize: size.databaseSize,
    loadAverage,
    runs,
    targetMs: TARGET_MS,
    overall,
    queries: rows,
    differences,
  });
} finally {
  stopAll();
  await client.end();
}
