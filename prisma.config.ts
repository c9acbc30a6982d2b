import { defineConfig } from 'prisma/config';

// Only `prisma generate` runs through the Prisma CLI here; migrations go through
// the WebAssembly schema engine in packages/db (see `npm run db:migrate`).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
