import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../database.js';
import { migrationsDir, schemaPath } from '../paths.js';
import { openTestDatabase } from '../testing.js';
import {
  LOCKFILE_CONTENT,
  applyMigrationsFrom,
  createMigration,
  diffDatabaseAgainstSchema,
  migrateDatabase,
  migrationSlug,
  migrationStatus,
} from './migrations.js';

const targets = [
  { name: 'PGlite', open: () => openDatabase({ pgliteDataDir: 'memory' }) },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'PostgreSQL', open: () => openTestDatabase({ migrated: false }) }]
    : []),
];

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function checksum(name: string): Promise<string> {
  const sql = await readFile(join(migrationsDir, name, 'migration.sql'));
  return createHash('sha256').update(sql).digest('hex');
}

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'screenpop-migrations-'));
  await cp(migrationsDir, join(dir, 'migrations'), { recursive: true });
  return dir;
}

describe.each(targets)('migrations on $name', ({ open }) => {
  let db: Database;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('the committed history produces exactly prisma/schema.prisma', async () => {
    // The comparison reads the live database: empty, it lacks every table.
    expect(await diffDatabaseAgainstSchema(db)).toContain('CREATE TABLE "Tenant"');

    const { applied } = await migrateDatabase(db);

    expect(applied).toEqual(await committedMigrations());
    expect(await diffDatabaseAgainstSchema(db)).toBe('');
  });

  it('applies nothing the second time and records migrations as prisma migrate deploy does', async () => {
    expect(await migrateDatabase(db)).toEqual({ applied: [] });

    const rows = await db.prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs
      FROM _prisma_migrations ORDER BY migration_name`;
    const names = await committedMigrations();
    expect(rows).toEqual(
      await Promise.all(
        names.map(async (name) => ({
          migration_name: name,
          checksum: await checksum(name),
          finished_at: expect.any(Date),
          rolled_back_at: null,
          applied_steps_count: 1,
          logs: null,
        })),
      ),
    );
    expect(await migrationStatus(db)).toEqual({
      applied: names,
      pending: [],
      failed: [],
      edited: [],
      missingLocally: [],
    });
  });
});

describe.each(targets)('hand-written migrations on $name', ({ open }) => {
  let db: Database;
  let workDir: string;
  beforeAll(async () => {
    db = await open();
    workDir = await copyOfMigrations();
  });
  afterAll(async () => {
    await db?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('runs each script whole and stops at a failing one, recording it as failed', async () => {
    const dir = join(workDir, 'migrations');
    await mkdir(join(dir, '20991230000000_function'));
    await writeFile(
      join(dir, '20991230000000_function', 'migration.sql'),
      `CREATE FUNCTION "separator"() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b' $$;\n`,
    );
    await mkdir(join(dir, '20991231000000_broken'));
    await writeFile(
      join(dir, '20991231000000_broken', 'migration.sql'),
      `CREATE TABLE "RolledBack" ("id" INTEGER);\nSELECT * FROM "NoSuchTable";\n`,
    );

    await expect(applyMigrationsFrom(db, dir)).rejects.toThrow(/NoSuchTable/);

    const [fn] = await db.prisma.$queryRaw<{ value: string }[]>`SELECT "separator"() AS value`;
    expect(fn?.value).toBe('a;b');
    const [table] = await db.prisma.$queryRaw<{ found: string | null }[]>`
      SELECT to_regclass('"RolledBack"')::text AS found`;
    expect(table?.found).toBeNull();
    const status = await migrationStatus(db, dir);
    expect(status.failed).toEqual(['20991231000000_broken']);
    expect(status.applied).toContain('20991230000000_function');
  });
});

describe('createMigration', () => {
  let workDir: string;
  afterEach(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('keeps the committed lock file as Prisma writes it', async () => {
    expect(await readFile(join(migrationsDir, 'migration_lock.toml'), 'utf8')).toBe(LOCKFILE_CONTENT);
  });

  it('creates nothing when the history already matches the schema', async () => {
    workDir = await copyOfMigrations();
    const dir = join(workDir, 'migrations');

    expect(await createMigration('nothing', { migrationsDir: dir, schemaPath })).toBeNull();
    expect((await readdir(dir)).sort()).toEqual(
      [...(await committedMigrations()), 'migration_lock.toml'].sort(),
    );
  });

  it('writes the difference between the history and the schema as a new migration', async () => {
    workDir = await copyOfMigrations();
    const dir = join(workDir, 'migrations');
    await rm(join(dir, 'migration_lock.toml'));
    const changedSchema = join(workDir, 'schema.prisma');
    await writeFile(
      changedSchema,
      `${await readFile(schemaPath, 'utf8')}\nmodel Note {\n  id   String @id\n  text String\n}\n`,
    );

    const created = await createMigration('Add notes!', { migrationsDir: dir, schemaPath: changedSchema });

    expect(created?.name).toMatch(/^\d{14}_add_notes$/);
    const sql = await readFile(join(dir, created!.name, 'migration.sql'), 'utf8');
    expect(sql).toBe(created?.sql);
    expect(sql).toContain('CREATE TABLE "Note"');
    expect(sql).not.toContain('"Tenant"');
    expect(await readFile(join(dir, 'migration_lock.toml'), 'utf8')).toBe(LOCKFILE_CONTENT);
    expect(await createMigration('again', { migrationsDir: dir, schemaPath: changedSchema })).toBeNull();
  });

  it('turns a description into a folder-safe name', () => {
    expect(migrationSlug('  Add call tags ')).toBe('add_call_tags');
    expect(() => migrationSlug('!!!')).toThrow(/not a usable migration name/);
  });
});
