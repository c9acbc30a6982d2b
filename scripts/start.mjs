// `npm start`: runs the API and the web app side by side on the embedded database
// (or DATABASE_URL), with demo data on first start, and stops both together.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiPort = process.env.API_PORT ?? '3001';
const webPort = process.env.WEB_PORT ?? '3000';
const apiUrl = process.env.API_URL ?? `http://127.0.0.1:${apiPort}`;
const publicWebUrl = process.env.PUBLIC_WEB_URL ?? `http://localhost:${webPort}`;
const publicApiUrl = process.env.PUBLIC_API_URL ?? `http://localhost:${apiPort}`;
// Integration secrets are encrypted with SECRETS_KEY; a demo keeps one of its own beside its data, so
// what it stored can still be read after a restart.
const secretsKey = process.env.SECRETS_KEY ?? demoSecretsKey(resolve(root, '.data/secrets.key'));

function demoSecretsKey(file) {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

const children = [];
let stopping = false;

function run(name, command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping Screenpop.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(
    () => process.exit(code),
  );
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

run('API', process.execPath, ['apps/api/dist/main.js'], {
  PORT: apiPort,
  PUBLIC_WEB_URL: publicWebUrl,
  SEED_DEMO: process.env.SEED_DEMO ?? 'true',
  SEED_DEMO_HISTORY_CALLS: process.env.SEED_DEMO_HISTORY_CALLS ?? '3000',
  SECRETS_KEY: secretsKey,
});

if (await waitForHealth(`${apiUrl}/api/health`, 120_000)) {
  run(
    'Web',
    process.execPath,
    [resolve(root, 'node_modules/next/dist/bin/next'), 'start', 'apps/web', '--port', webPort],
    {
      API_URL: apiUrl,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  );
  if (await waitForHealth(`http://127.0.0.1:${webPort}/`, 60_000)) {
    console.log(
      [
        '',
        'Screenpop is running:',
        `  agent desktop simulator  ${publicWebUrl}/simulator  (Shuttle: ${publicWebUrl}/simulator?mode=shuttle)`,
        `  sign in (admin)          ${publicWebUrl}/login  (the first administrator's password is printed above at the first start)`,
        `  administration           ${publicWebUrl}/admin`,
        `  live supervisor view     ${publicWebUrl}/live`,
        `  XiVO THIRD_PARTY_URL     ${publicApiUrl}/api/xivo/thirdparty`,
        `  XiVO THIRD_PARTY_LOGIN_URL ${publicApiUrl}/api/xivo/login?login=%{login}&token=%{token}&xivoccHost=%{xivocchost}`,
        `  Shuttle relay namespace  ${publicApiUrl}/shuttle  (its token is printed above at the first start)`,
        `  API documentation        ${publicWebUrl}/api/docs`,
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  }
} else if (!stopping) {
  console.error(`The API did not answer on ${apiUrl}/api/health within two minutes; stopping.`);
  stop(1);
}
