import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './app/config.js';
import { createApp } from './app/create-app.js';
import { DEMO_SEED, type DemoSeedOutcome } from './common/database.module.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const app = await createApp({ config });
app.enableShutdownHooks();
await app.listen({ port: config.port, host: config.host });
new Logger('Main').log(
  `Screenpop API listening on ${await app.getUrl()}; forms open under ${config.publicWebUrl}`,
);
const admin = app.get<DemoSeedOutcome>(DEMO_SEED).takeAdmin();
if (admin) {
  process.stdout.write(
    `\nFirst administrator: ${admin.email}\nPassword (shown once, stored hashed): ${admin.password}\n` +
      `Sign in at ${config.publicWebUrl}/login and change it in Users, or set ADMIN_PASSWORD before the first start.\n`,
  );
}
// Straight to the start-up output, whatever the log level, and never into a log line again.
const shuttleToken = app.get<DemoSeedOutcome>(DEMO_SEED).takeShuttleToken();
if (shuttleToken) {
  process.stdout.write(
    `\nShuttle relay token (shown once, only its digest is stored): ${shuttleToken}\n` +
      `Give it to the relay as SCREENPOP_TOKEN (examples/shuttle-relay).\n\n`,
  );
}
