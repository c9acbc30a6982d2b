import { readFile, rm, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';

const heldByThisProcess = new Set<string>();

/**
 * PGlite is one PostgreSQL backend inside one process: a second process opening the same data
 * directory would corrupt it. A `<dataDir>.lock` file holding the owner's pid guards against that.
 */
export async function lockPgliteDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = `${dataDir}.lock`;
  if (heldByThisProcess.has(lockPath)) throw inUseError(dataDir, lockPath, process.pid);

  for (;;) {
    try {
      await writeFile(lockPath, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(lockPath, 'utf8').catch(() => ''), 10);
      // Our own pid in a lock we do not hold is left over from a previous run (containers reuse pids).
      if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
        throw inUseError(dataDir, lockPath, owner);
      }
      await rm(lockPath, { force: true });
    }
  }

  heldByThisProcess.add(lockPath);
  const releaseOnExit = () => rmSync(lockPath, { force: true });
  process.once('exit', releaseOnExit);

  return async () => {
    if (!heldByThisProcess.delete(lockPath)) return;
    process.removeListener('exit', releaseOnExit);
    await rm(lockPath, { force: true });
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function inUseError(dataDir: string, lockPath: string, owner: number): Error {
  return new Error(
    `The PGlite data directory ${dataDir} is in use by process ${owner}. ` +
      'Embedded PostgreSQL serves one process at a time: stop that process (or use PostgreSQL through DATABASE_URL). ' +
      `If no such process exists, delete ${lockPath}.`,
  );
}
