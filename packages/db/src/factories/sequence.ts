import { randomBytes } from 'node:crypto';

let counter = 0;
/** Tells apart rows created by different processes sharing one database. */
const runId = randomBytes(3).toString('hex');

/** Increasing for the life of the process. */
export function nextSequence(): number {
  counter += 1;
  return counter;
}

/** `<prefix>-<n>-<run>`: unique across processes. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${nextSequence()}-${runId}`;
}

/** Eight digits, unique within the process and unlikely to repeat across processes. */
export function uniqueDigits(): string {
  const run = Number.parseInt(runId, 16) % 10_000;
  return `${String(run).padStart(4, '0')}${String(nextSequence() % 10_000).padStart(4, '0')}`;
}
