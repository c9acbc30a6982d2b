// Starts the built API for the end-to-end suite on a database of its own, new each run:
// a fresh `e2e` schema of TEST_DATABASE_URL's PostgreSQL, or a fresh embedded PGlite directory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const env = { ...process.env, SEED_DEMO: 'true', MIGRATE_ON_START: 'true' };
let cleanup = () => {};

if (process.env.TEST_DATABASE_URL) {
  const schema = 'e2e';
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.searchParams.set('schema', schema);
  env.DATABASE_URL = url.toString();
  delete env.PGLITE_DATA_DIR;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'screenpop-e2e-'));
  env.PGLITE_DATA_DIR = dir;
  delete env.DATABASE_URL;
  cleanup = () => rmSync(dir, { recursive: true, force: true });
}

const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => {
  cleanup();
  process.exit(code ?? 0);
});
