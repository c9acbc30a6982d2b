export * from './generated/prisma/client.js';
export {
  databaseOptionsFromEnv,
  openDatabase,
  type Database,
  type DatabaseKind,
  type DatabaseOptions,
} from './database.js';
export { migrateDatabase, migrationStatus, type MigrationStatus } from './migrations/migrations.js';
export { normalisePhone } from './phone.js';
export { DEFAULT_TENANT_SLUG, seedDemo } from './seed/demo.js';
