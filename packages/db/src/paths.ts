import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// Same depth from src/ and dist/: <repo>/packages/db/{src,dist}/paths.{ts,js}.
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

export const repoRoot = join(packageRoot, '..', '..');
export const prismaDir = join(repoRoot, 'prisma');
export const schemaPath = join(prismaDir, 'schema.prisma');
export const migrationsDir = join(prismaDir, 'migrations');
export const defaultPgliteDataDir = join(repoRoot, '.data', 'pglite');
