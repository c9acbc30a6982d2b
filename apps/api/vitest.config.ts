import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // SWC rather than esbuild: Nest's dependency injection needs the decorator metadata.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['src/**/*.spec.ts', 'src/**/*.integration-spec.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
