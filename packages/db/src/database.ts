import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.js';
import { defaultPgliteDataDir } from './paths.js';
import { lockPgliteDataDir } from './pglite-lock.js';

export type DatabaseKind = 'postgresql' | 'pglite';

export interface DatabaseOptions {
  /** PostgreSQL connection URL; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; absent or "memory" keeps the database in memory. */
  pgliteDataDir?: string;
  /** PostgreSQL schema (default: the URL's `?schema=`, else public). */
  schema?: string;
}

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Where it is, safe to log: URL with the password removed, or the PGlite directory / "memory". */
  location: string;
  /** Round trip `SELECT 1`; returns latency ms or throws. */
  ping(): Promise<number>;
  close(): Promise<void>;
}

/** How the schema engine reaches an open database (it needs its own driver adapters). */
export type DatabaseConnection =
  | { kind: 'postgresql'; poolConfig: pg.PoolConfig; schema: string | undefined }
  | { kind: 'pglite'; pglite: PGlite };

export const IN_MEMORY = 'memory';
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

const connections = new WeakMap<Database, DatabaseConnection>();

export function connectionOf(db: Database): DatabaseConnection {
  const connection = connections.get(db);
  if (!connection) throw new Error('This database was not opened with openDatabase()');
  return connection;
}

/** DATABASE_URL → PostgreSQL; else PGlite in PGLITE_DATA_DIR (default: <repo root>/.data/pglite, created if missing). */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseOptions {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) return { databaseUrl };
  const dataDir = env.PGLITE_DATA_DIR?.trim();
  if (dataDir === IN_MEMORY) return { pgliteDataDir: IN_MEMORY };
  return { pgliteDataDir: dataDir ? resolve(dataDir) : defaultPgliteDataDir };
}

export function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.schema)
    : openPglite(options.pgliteDataDir);
}

async function openPostgres(databaseUrl: string, schemaOption: string | undefined): Promise<Database> {
  const url = parseDatabaseUrl(databaseUrl);
  const schema = schemaOption ?? (url.searchParams.get('schema') || undefined);
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}": use letters, digits and _`);
  }
  const location = safeLocation(url, schema);

  const poolConfig: pg.PoolConfig = {
    connectionString: databaseUrl,
    // Unqualified names in migrations and raw queries resolve to the chosen schema. JIT off: Screenpop's
    // queries are short, and PostgreSQL's JIT spends some 300 ms compiling a report's aggregate of a few
    // ten thousand calls that then runs in 30.
    options: [schema ? `-c search_path="${schema}"` : '', '-c jit=off'].filter(Boolean).join(' '),
  };
  const pool = new pg.Pool(poolConfig);
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`Cannot connect to PostgreSQL at ${location}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, {
      ...(schema ? { schema } : {}),
      statementNameGenerator: preparedStatementName,
    }),
  });
  const db = createDatabase('postgresql', location, prisma, async () => {
    await prisma.$disconnect();
    await pool.end();
  });
  connections.set(db, { kind: 'postgresql', poolConfig, schema });
  return db;
}

async function openPglite(dataDirOption: string | undefined): Promise<Database> {
  const inMemory = !dataDirOption || dataDirOption === IN_MEMORY;
  const dataDir = inMemory ? undefined : resolve(dataDirOption);
  let release: (() => Promise<void>) | undefined;
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    release = await lockPgliteDataDir(dataDir);
  }

  let pglite: PGlite;
  try {
    pglite = new PGlite(dataDir);
    await pglite.waitReady;
  } catch (error) {
    await release?.();
    throw new Error(`Cannot open PGlite in ${dataDir ?? IN_MEMORY}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const db = createDatabase('pglite', dataDir ?? IN_MEMORY, prisma, async () => {
    try {
      await prisma.$disconnect();
      await pglite.close();
    } finally {
      await release?.();
    }
  });
  connections.set(db, { kind: 'pglite', pglite });
  return db;
}

function createDatabase(
  kind: DatabaseKind,
  location: string,
  prisma: PrismaClient,
  shutdown: () => Promise<void>,
): Database {
  let closing: Promise<void> | undefined;
  return {
    prisma,
    kind,
    location,
    async ping() {
      const started = performance.now();
      await prisma.$queryRaw`SELECT 1`;
      return performance.now() - started;
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}

function parseDatabaseUrl(databaseUrl: string): URL {
  try {
    return new URL(databaseUrl);
  } catch {
    // The message must not echo the URL: it may hold a password.
    throw new Error(
      'DATABASE_URL is not a valid URL (expected postgresql://user:password@host:port/database)',
    );
  }
}

function safeLocation(url: URL, schema: string | undefined): string {
  const safe = new URL(url.href);
  safe.password = '';
  for (const secret of ['password', 'sslpassword']) safe.searchParams.delete(secret);
  if (schema) safe.searchParams.set('schema', schema);
  return safe.href;
}

/**
 * Names each statement by its text so every pooled connection parses and plans it once: planning
 * the intake's statement costs PostgreSQL more than running it.
 */
function preparedStatementName(query: { sql: string }): string {
  return `sp_${createHash('sha256').update(query.sql).digest('base64url').slice(0, 32)}`;
}
