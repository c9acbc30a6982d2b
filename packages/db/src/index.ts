export * from './generated/prisma/client.js';
export {
  databaseOptionsFromEnv,
  openDatabase,
  type Database,
  type DatabaseKind,
  type DatabaseOptions,
} from './database.js';
export { migrateDatabase, migrationStatus, type MigrationStatus } from './migrations/migrations.js';
export { generateIntegrationToken, integrationTokenDigest } from './factories/integration-token.js';
export { normalisePhone } from './phone.js';
export { DEFAULT_TENANT_SLUG, seedDemo, type SeedDemoOptions, type SeedDemoResult } from './seed/demo.js';
export { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
export {
  bootstrapAdmin,
  DEFAULT_ADMIN_EMAIL,
  type BootstrapAdminOptions,
  type BootstrapAdminResult,
} from './seed/admin.js';
export { loadCalls, type LoadOptions, type LoadProgress, type LoadResult } from './seed/load.js';
