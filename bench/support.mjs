// What the benchmarks share: a PostgreSQL schema of their own, the API and a baseline as child processes.
import { fork, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateDatabase, openDatabase, seedDemo } from '@screenpop/db';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, '..');
export const databaseUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/test';
export const seconds = Number(process.env.BENCH_SECONDS ?? 10);

/** A new, empty schema of the benchmark database; its URL. */
export async function freshSchema(schema) {
  const client = new pg.Client({ connectionString: databaseUrl });
  try {
    await client.connect();
  } catch (error) {
    console.error(
      `The benchmark needs PostgreSQL at ${databaseUrl} (set BENCH_DATABASE_URL): ${error.message}`,
    );
    process.exit(2);
  }
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  const url = new URL(databaseUrl);
  url.searchParams.set('schema', schema);
  return url.toString();
}

/** A fresh schema migrated and seeded like the API's own, for a baseline to write into. */
export async function seededSchema(schema, env = {}) {
  const url = await freshSchema(schema);
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const db = await openDatabase({ databaseUrl: url });
  try {
    await migrateDatabase(db);
    await seedDemo(db.prisma);
  } finally {
    await db.close();
    process.env = saved;
  }
  return url;
}

/** The built API on `port`; `stdout: 'pipe'` to read its log lines (JSON, one a line). */
export function startApi(port, databaseUrlWithSchema, env = {}, { stdout = 'ignore' } = {}) {
  return spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrlWithSchema,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      XIVO_RATE_LIMIT_PER_MINUTE: '10000000',
      ...env,
    },
    stdio: ['ignore', stdout, 'inherit'],
  });
}

export function startBaseline(file, port, databaseUrlWithSchema, env = {}) {
  return fork(join(here, file), {
    env: { ...process.env, DATABASE_URL: databaseUrlWithSchema, PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

export async function waitFor(url, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited (code ${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

export function stopOnExit(...children) {
  const stop = () => children.forEach((c) => c.kill('SIGTERM'));
  process.on('exit', stop);
  return stop;
}

export function saveResult(name, result) {
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(
    join(here, 'results', `${name}.json`),
    JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2),
  );
}
