import { defineConfig } from '@playwright/test';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  API_PORT,
  API_URL,
  SHUTTLE_TOKEN,
  SUPERVISOR_TOKEN,
  WEB_PORT,
  WEB_URL,
} from './tests/support/env';

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './tests',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: WEB_URL,
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'api', testMatch: /.*\.api\.spec\.ts/ },
    { name: 'ui', testMatch: /.*\.ui\.spec\.ts/, use: { browserName: 'chromium' } },
  ],
  webServer: [
    {
      command: 'node scripts/serve-api.mjs',
      url: `${API_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(API_PORT),
        PUBLIC_WEB_URL: WEB_URL,
        LOG_LEVEL: 'warn',
        DEMO_SHUTTLE_TOKEN: SHUTTLE_TOKEN,
        SUPERVISOR_TOKEN,
        ADMIN_EMAIL,
        ADMIN_PASSWORD,
        // Every spec signs in; the limit itself is tested by the API's own tests.
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        SECRETS_KEY: 'e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0e2e0',
      },
    },
    {
      command: `node ../node_modules/next/dist/bin/next start ../apps/web --port ${WEB_PORT}`,
      url: `${WEB_URL}/`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
      // Browsers open the API's sockets directly: PUBLIC_API_URL, another origin than the web app.
      env: { API_URL, PUBLIC_API_URL: API_URL, NEXT_TELEMETRY_DISABLED: '1', FRAME_ANCESTORS: '*' },
    },
  ],
});
