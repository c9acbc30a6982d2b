import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import type { DatabaseConnection } from '../database.js';

/** Driver adapters for the schema engine on one database, and how to release them. */
export interface EngineAdapters {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export function engineAdaptersFor(connection: DatabaseConnection): EngineAdapters {
  return connection.kind === 'postgresql'
    ? postgresEngineAdapters(connection.poolConfig, connection.schema)
    : pgliteEngineAdapters(connection.pglite);
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** What @prisma/adapter-pg keeps private but the engine needs adjusted. */
interface PgAdapterInternals {
  performIO(query: SqlQuery): Promise<pg.QueryResult | pg.QueryResult[]>;
}

function postgresEngineAdapters(poolConfig: pg.PoolConfig, schema: string | undefined): EngineAdapters {
  // A single connection: the engine takes PostgreSQL's migration advisory lock on its connection and
  // never unlocks it, so that connection must close (pool.end) when the engine is done.
  const pool = new pg.Pool({ ...poolConfig, max: 1 });
  pool.on('error', () => {});
  const base = new PrismaPg(pool, schema ? { schema } : undefined);
  return {
    factory: {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => adaptPgForEngine(await base.connect()),
      connectToShadowDb: () =>
        Promise.reject(
          new Error('Shadow databases are created in embedded PGlite, not on the PostgreSQL server'),
        ),
    },
    close: () => pool.end(),
  };
}

function adaptPgForEngine(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // The adapter splits scripts on ";", which breaks function bodies and string literals; one
  // simple-protocol query runs the whole script in one implicit transaction, as `migrate deploy` does.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };

  // Introspection reads catalog columns of type "char", which the adapter cannot map; they are text.
  const internals = adapter as unknown as PgAdapterInternals;
  const performIO = internals.performIO.bind(internals);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    for (const part of Array.isArray(result) ? result : [result]) {
      for (const field of part.fields ?? []) {
        if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
      }
    }
    return result;
  };
  return adapter;
}

/**
 * On the database's own PGlite instance (it is single-connection). Shadow databases are new
 * in-memory instances, or the instance itself when it is a throwaway scratch database.
 */
export function pgliteEngineAdapters(pglite: PGlite, { scratch = false } = {}): EngineAdapters {
  const base = new PrismaPGlite(pglite);
  return {
    factory: {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => adaptPgliteForEngine(await base.connect(), pglite),
      connectToShadowDb: async () => {
        if (scratch) return adaptPgliteForEngine(await base.connect(), pglite);
        const shadow = new PGlite();
        await shadow.waitReady;
        const adapter = adaptPgliteForEngine(await new PrismaPGlite(shadow).connect(), shadow);
        adapter.dispose = () => shadow.close();
        return adapter;
      },
    },
    close: async () => {},
  };
}

function adaptPgliteForEngine(adapter: SqlDriverAdapter, pglite: PGlite): SqlDriverAdapter {
  // The adapter does not await exec(): a failing migration would be recorded as applied.
  adapter.executeScript = async (script) => {
    try {
      await pglite.exec(script);
    } catch (error) {
      throw asDriverAdapterError(error);
    }
  };
  return adapter;
}

function asDriverAdapterError(error: unknown): unknown {
  const e = error as Partial<Record<'code' | 'severity' | 'message' | 'detail' | 'column' | 'hint', unknown>>;
  if (typeof e?.code !== 'string' || typeof e.message !== 'string') return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: e.code,
    severity: typeof e.severity === 'string' ? e.severity : 'ERROR',
    message: e.message,
    detail: typeof e.detail === 'string' ? e.detail : undefined,
    column: typeof e.column === 'string' ? e.column : undefined,
    hint: typeof e.hint === 'string' ? e.hint : undefined,
  });
}
