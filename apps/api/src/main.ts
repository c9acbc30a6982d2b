import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './app/config.js';
import { createApp } from './app/create-app.js';

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
