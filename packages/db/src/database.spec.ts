import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseOptionsFromEnv } from './database.js';
import { repoRoot } from './paths.js';

describe('databaseOptionsFromEnv', () => {
  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(
      databaseOptionsFromEnv({
        DATABASE_URL: 'postgresql://app@db:5432/screenpop',
        PGLITE_DATA_DIR: '/data',
      }),
    ).toEqual({ databaseUrl: 'postgresql://app@db:5432/screenpop' });
  });

  it('falls back to PGlite in .data/pglite at the repository root', () => {
    expect(databaseOptionsFromEnv({})).toEqual({ pgliteDataDir: join(repoRoot, '.data', 'pglite') });
    expect(databaseOptionsFromEnv({ DATABASE_URL: '  ' })).toEqual({
      pgliteDataDir: join(repoRoot, '.data', 'pglite'),
    });
  });

  it('honours PGLITE_DATA_DIR, relative to the working directory, or "memory"', () => {
    expect(databaseOptionsFromEnv({ PGLITE_DATA_DIR: 'var/pglite' })).toEqual({
      pgliteDataDir: resolve('var/pglite'),
    });
    expect(databaseOptionsFromEnv({ PGLITE_DATA_DIR: 'memory' })).toEqual({ pgliteDataDir: 'memory' });
  });
});
