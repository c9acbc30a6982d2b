import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.js';
import { migrateDatabase } from './migrations/migrations.js';

const testDatabaseUrl = process.env.TEST_DATABASE_URL;

describe('openDatabase with PGlite', () => {
  let workDir: string | undefined;
  afterEach(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('keeps data in its directory, created when missing, for one process at a time', async () => {
    workDir = await mkdtemp(join(tmpdir(), 'screenpop-pglite-'));
    const dataDir = join(workDir, 'nested', 'pglite');

    const db = await openDatabase({ pgliteDataDir: dataDir });
    expect(db).toMatchObject({ kind: 'pglite', location: dataDir });
    await expect(openDatabase({ pgliteDataDir: dataDir })).rejects.toThrow(/in use by process/);
    await migrateDatabase(db);
    await db.prisma.tenant.create({ data: { slug: 'kept', name: 'Kept' } });
    expect(await db.ping()).toBeGreaterThanOrEqual(0);
    await db.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    const reopened = await openDatabase({ pgliteDataDir: dataDir });
    try {
      expect(await reopened.prisma.tenant.findUnique({ where: { slug: 'kept' } })).toMatchObject({
        name: 'Kept',
      });
    } finally {
      await reopened.close();
    }
  });

  it('runs in memory without a directory', async () => {
    const db = await openDatabase({ pgliteDataDir: 'memory' });
    try {
      expect(db).toMatchObject({ kind: 'pglite', location: 'memory' });
      expect(await db.ping()).toBeGreaterThanOrEqual(0);
    } finally {
      await db.close();
    }
  });
});

describe.runIf(testDatabaseUrl)('openDatabase with PostgreSQL', () => {
  it('reports its location without the password', async () => {
    const url = new URL(testDatabaseUrl!);
    url.password = 'not-to-be-logged';
    const db = await openDatabase({ databaseUrl: url.href });
    try {
      expect(db.kind).toBe('postgresql');
      expect(db.location).not.toContain('not-to-be-logged');
      expect(db.location).toContain(url.host);
      expect(await db.ping()).toBeGreaterThanOrEqual(0);
    } finally {
      await db.close();
    }
  });

  it('fails fast with the location when the server cannot be reached', async () => {
    await expect(
      openDatabase({ databaseUrl: 'postgresql://nobody:secret@127.0.0.1:1/none' }),
    ).rejects.toThrow(/^Cannot connect to PostgreSQL at postgresql:\/\/nobody@127\.0\.0\.1:1\/none/);
  });
});
