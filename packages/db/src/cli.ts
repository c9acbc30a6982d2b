#!/usr/bin/env node
import { relative } from 'node:path';
import { databaseOptionsFromEnv, openDatabase, type Database } from './database.js';
import {
  createMigration,
  diffDatabaseAgainstSchema,
  migrateDatabase,
  migrationStatus,
} from './migrations/migrations.js';
import { repoRoot } from './paths.js';
import { seedDemo } from './seed/demo.js';
import { loadCalls, type LoadOptions } from './seed/load.js';

const USAGE = `Usage: screenpop-db <command>

Commands:
  migrate               Apply the pending migrations of prisma/migrations
  migration:new <name>  Create a migration from the changes made to prisma/schema.prisma
  seed                  Apply pending migrations, then add the demo data to a database without tenants
                        (its Shuttle relay token is DEMO_SHUTTLE_TOKEN when set, else printed once)
  seed:load --calls N [--days D] [--tenant slug] [--seed S]
                        Add N calls of realistic history over the last D days (default 180) to a
                        tenant (default "default"), with their events and forms, after applying
                        pending migrations; deletes nothing
  status                Show the database, its migrations and whether it matches the schema

The database is PostgreSQL at DATABASE_URL when set, else the embedded PGlite in
PGLITE_DATA_DIR (default: .data/pglite at the repository root).`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  migrate: () =>
    withDatabase(async (db) => {
      printApplied((await migrateDatabase(db)).applied);
      return 0;
    }),

  'migration:new': async ([name, ...extra]) => {
    if (!name || extra.length > 0) {
      console.error('Usage: screenpop-db migration:new <name>');
      return 1;
    }
    const created = await createMigration(name);
    if (!created) {
      console.log('No changes: the migrations already produce prisma/schema.prisma.');
      return 0;
    }
    console.log(`Created ${relative(repoRoot, created.directory)}/migration.sql`);
    return 0;
  },

  seed: () =>
    withDatabase(async (db) => {
      printApplied((await migrateDatabase(db)).applied);
      const shuttleTokenFromEnv = process.env.DEMO_SHUTTLE_TOKEN?.trim();
      const { seeded, tenantId, shuttleToken } = await seedDemo(db.prisma);
      console.log(
        seeded
          ? `Seeded the demo call centre (tenant ${tenantId}).`
          : `The database already has a tenant (${tenantId}); no demo data added.`,
      );
      if (shuttleToken && !shuttleTokenFromEnv) {
        console.log(`Shuttle relay token (shown once, only its digest is stored): ${shuttleToken}`);
      } else if (shuttleToken) {
        console.log('Shuttle relay token: the value of DEMO_SHUTTLE_TOKEN.');
      }
      return 0;
    }),

  'seed:load': async (args) => {
    const parsed = parseLoadArguments(args);
    if (typeof parsed === 'string') {
      console.error(
        `${parsed}\nUsage: screenpop-db seed:load --calls N [--days D] [--tenant slug] [--seed S]`,
      );
      return 1;
    }
    return withDatabase(async (db) => {
      printApplied((await migrateDatabase(db)).applied);
      const started = Date.now();
      let lastPrinted = 0;
      const result = await loadCalls(db, {
        ...parsed,
        onProgress: ({ calls, total, events, forms, elapsedMs }) => {
          if (calls < total && Date.now() - lastPrinted < 2_000) return;
          lastPrinted = Date.now();
          const rate = ((calls + events + forms) * 1000) / Math.max(1, elapsedMs);
          console.log(
            `${count(calls)} / ${count(total)} calls (${((calls * 100) / total).toFixed(1)} %), ` +
              `${count(events)} events, ${count(forms)} forms, ${count(Math.round(rate))} rows/s`,
          );
        },
      });
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `Added ${count(result.calls)} calls, ${count(result.events)} events and ${count(result.forms)} forms ` +
          `to tenant ${result.tenantId} in ${seconds.toFixed(1)} s (${count(Math.round(result.rowsPerSecond))} rows/s; ` +
          `${result.agentsCreated} agents and ${result.queuesCreated} queues created).`,
      );
      return 0;
    });
  },

  status: () =>
    withDatabase(async (db) => {
      console.log(`Reachable in ${(await db.ping()).toFixed(1)} ms.`);
      const status = await migrationStatus(db);
      console.log(`Migrations: ${status.applied.length} applied, ${status.pending.length} pending.`);
      printList('Pending', status.pending);
      printList('Failed (fix, then mark resolved or roll back by hand)', status.failed);
      printList('Edited after being applied', status.edited);
      printList('Applied here but missing from prisma/migrations', status.missingLocally);

      const historyProblem =
        status.pending.length + status.failed.length + status.edited.length + status.missingLocally.length >
        0;
      if (historyProblem) {
        console.log('Schema: not compared while the migration history is not in sync.');
        return 1;
      }
      const drift = await diffDatabaseAgainstSchema(db);
      if (drift) {
        console.log('Schema: the database differs from prisma/schema.prisma. To get there it would need:');
        console.log(drift.trimEnd());
        return 1;
      }
      console.log('Schema: matches prisma/schema.prisma.');
      return 0;
    }),
};

/** `--calls 1000 --days 30 --tenant acme --seed 7` (also `--calls=1000`), or what is wrong with it. */
function parseLoadArguments(args: string[]): Omit<LoadOptions, 'onProgress'> | string {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (!['--calls', '--days', '--tenant', '--seed'].includes(flag)) return `Unknown option "${args[i]}".`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return `${flag} needs a value.`;
    values.set(flag, value);
  }
  const calls = Number(values.get('--calls'));
  if (!Number.isSafeInteger(calls) || calls < 1) return '--calls must be a positive whole number.';
  const days = values.has('--days') ? Number(values.get('--days')) : undefined;
  if (days !== undefined && !(days > 0 && days <= 3_650))
    return '--days must be more than 0 and at most 3650.';
  return {
    calls,
    ...(days !== undefined ? { days } : {}),
    ...(values.has('--tenant') ? { tenant: values.get('--tenant') } : {}),
    ...(values.has('--seed') ? { seed: values.get('--seed') } : {}),
  };
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

async function withDatabase(work: (db: Database) => Promise<number>): Promise<number> {
  const db = await openDatabase(databaseOptionsFromEnv());
  console.log(`Database: ${db.kind} ${db.location}`);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

function printApplied(applied: string[]): void {
  if (applied.length === 0) {
    console.log('No pending migrations.');
    return;
  }
  console.log(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}:`);
  for (const name of applied) console.log(`  ${name}`);
}

function printList(title: string, names: string[]): void {
  if (names.length === 0) return;
  console.log(`${title}:`);
  for (const name of names) console.log(`  ${name}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${USAGE}`);
    return 1;
  }
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`screenpop-db: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
