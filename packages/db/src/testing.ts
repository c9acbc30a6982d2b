import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { IN_MEMORY, openDatabase, type Database } from './database.js';
import { migrateDatabase } from './migrations/migrations.js';

export * from './factories/index.js';

export interface TestDatabaseOptions {
  /** Apply the migrations (default true); false gives an empty database. */
  migrated?: boolean;
}

/**
 * A migrated, empty, isolated database: with TEST_DATABASE_URL a fresh uniquely-named
 * PostgreSQL schema (dropped by close()), else an in-memory PGlite.
 */
export async function openTestDatabase({ migrated = true }: TestDatabaseOptions = {}): Promise<Database> {
  const databaseUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!databaseUrl) {
    const db = await openDatabase({ pgliteDataDir: IN_MEMORY });
    return migrated ? migrateOrClose(db) : db;
  }

  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await runAdminQuery(databaseUrl, `CREATE SCHEMA "${schema}"`);
  const dropSchema = () => runAdminQuery(databaseUrl, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);

  let db: Database;
  try {
    db = await openDatabase({ databaseUrl, schema });
  } catch (error) {
    await dropSchema();
    throw error;
  }
  const closeConnections = db.close;
  let closing: Promise<void> | undefined;
  db.close = () => {
    closing ??= closeConnections().finally(dropSchema);
    return closing;
  };
  return migrated ? migrateOrClose(db) : db;
}

async function migrateOrClose(db: Database): Promise<Database> {
  try {
    await migrateDatabase(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function runAdminQuery(databaseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
