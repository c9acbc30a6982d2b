// `npm run bench [-- part…] [-- options]`: every part one after the other, or only the parts named
// (`npm run bench -- reports`); options after the names go to the parts (`npm run bench -- reports -- --fresh`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PARTS = {
  thirdparty: 'thirdparty.bench.mjs',
  'shuttle-intake': 'shuttle-intake.bench.mjs',
  reports: 'reports.bench.mjs',
};

const args = process.argv.slice(2);
const firstOption = args.findIndex((arg) => arg.startsWith('-'));
const names = firstOption === -1 ? args : args.slice(0, firstOption);
const options = firstOption === -1 ? [] : args.slice(firstOption);
const unknown = names.filter((name) => !(name in PARTS));
if (unknown.length) {
  console.error(
    `Unknown benchmark "${unknown.join('", "')}": choose among ${Object.keys(PARTS).join(', ')}.`,
  );
  process.exit(2);
}

for (const name of names.length ? names : Object.keys(PARTS)) {
  const { status, signal } = spawnSync(
    process.execPath,
    [join(import.meta.dirname, PARTS[name]), ...options],
    {
      stdio: 'inherit',
    },
  );
  if (status !== 0) {
    console.error(`The ${name} benchmark failed (${signal ?? `exit code ${status}`}).`);
    process.exit(status || 1);
  }
}
