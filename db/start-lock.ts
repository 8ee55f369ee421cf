// The start lock of a local Neo4j instance, and whether a process is alive: what db/local.ts needs to
// start an instance once however many processes ask at the same time.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { hasCode } from './java.ts';

/**
 * Runs `start` while holding the start.lock of an instance's folder, so that concurrent starts (two test projects, a
 * second terminal) launch one Neo4j: the others wait and then find it running.
 */
export async function withStartLock<T>(home: string, start: () => Promise<T>): Promise<T> {
  mkdirSync(home, { recursive: true });
  const lock = `${home}/start.lock`;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error;
    }
    if (lockIsStale(lock)) rmSync(lock, { force: true });
    else await sleep(250);
  }
  try {
    return await start();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** A lock is stale when its owner died, or when it stayed empty (owner killed while writing it). */
function lockIsStale(lock: string): boolean {
  try {
    const owner = Number(readFileSync(lock, 'utf8'));
    if (owner > 0) return !isAlive(owner);
    return Date.now() - statSync(lock).mtimeMs > 5000;
  } catch {
    return false;
  }
}

/** Whether a process runs, whoever it belongs to. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return hasCode(error, 'EPERM');
  }
}
