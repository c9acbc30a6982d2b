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

const USAGE = `Usage: screenpop-db <command>

Commands:
  migrate               Apply the pending migrations of prisma/migrations
  migration:new <name>  Create a migration from the changes made to prisma/schema.prisma
  seed                  Apply pending migrations, then add the demo data to a database without tenants
                        (its Shuttle relay token is DEMO_SHUTTLE_TOKEN when set, else printed once)
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
