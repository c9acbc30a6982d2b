// Runs `prisma generate` offline: the CLI wants a native schema-engine binary before any
// command, and pointing PRISMA_SCHEMA_ENGINE_BINARY at an existing file skips its download.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const result = spawnSync(
  process.execPath,
  [
    resolve(root, 'node_modules/prisma/build/index.js'),
    'generate',
    '--no-hints',
    '--schema',
    'prisma/schema.prisma',
  ],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  },
);
process.exit(result.status ?? 1);
