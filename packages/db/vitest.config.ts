import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'src/**/*.integration-spec.ts'],
    // Each database test starts PGlite or a PostgreSQL schema and runs the migrations.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
