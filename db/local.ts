// Local Neo4j instances for machines without Docker: one embedded Neo4j (db/Launcher.java) per Bolt port,
// its data, logs and pid file under .neo4j/<port>/. Started detached so it outlives the process that
// started it; stopped with SIGTERM, which lets Neo4j shut down cleanly and keeps the data.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { localUri, readConfig } from './config.ts';
import { checkJava, DB_DIR, neo4jClasspath, REPO_ROOT, STATE_DIR, tail } from './java.ts';
import { isAlive, withStartLock } from './start-lock.ts';

export interface LocalOptions {
  /** Bolt port; NEO4J_PORT (default 7687) when not given. */
  port?: number;
  /** Told what takes time: the first download of the jars, a restart. */
  log?: (message: string) => void;
}

export interface LocalStart {
  uri: string;
  pid: number;
  alreadyRunning: boolean;
  /** e.g. "5.26.30". */
  version: string;
}

export interface LocalStatus {
  running: boolean;
  pid?: number;
  uri: string;
  /** The instance's folder (data, logs, pid file), relative to the repository root. */
  home: string;
  version?: string;
}

const START_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 60_000;
const MIN_PASSWORD_LENGTH = 8;
const READY_LINE = /^ready: Neo4j (\S+) at /m;

interface Instance {
  port: number;
  uri: string;
  home: string;
  pidFile: string;
  logFile: string;
}

function instance(opts: LocalOptions = {}): Instance {
  const port = opts.port ?? readConfig().port;
  const home = `${STATE_DIR}${port}`;
  return { port, uri: localUri(port), home, pidFile: `${home}/neo4j.pid`, logFile: `${home}/launcher.log` };
}

/** Starts the local Neo4j on the port unless ours already runs there; resolves once Bolt accepts a login. */
export async function startLocal(opts?: LocalOptions): Promise<LocalStart> {
  const inst = instance(opts);
  const { user, password } = localCredentials();
  return withStartLock(inst.home, async () => {
    const running = runningPid(inst);
    if (running !== undefined && startedWithOtherSettings(inst)) {
      opts?.log?.(
        `the settings in db/ changed since the Neo4j on port ${inst.port} started: restarting it...`,
      );
      await stop(inst, running);
    } else if (running !== undefined) {
      const version = await waitUntilReady(inst, running, user, password);
      return { uri: inst.uri, pid: running, alreadyRunning: true, version };
    }
    if (await portInUse(inst.port)) {
      throw new Error(
        `Port ${inst.port} is taken by a program that is not the stancegraph Neo4j (no live pid in ` +
          `${relative(REPO_ROOT, inst.pidFile)}): stop that program, or choose another port with NEO4J_PORT ` +
          `(NEO4J_TEST_PORT for the tests).`,
      );
    }
    await checkJava();
    const classpath = await neo4jClasspath(opts?.log);
    opts?.log?.(`starting Neo4j on port ${inst.port} (10 to 30 s)...`);
    const pid = launch(inst, classpath, password);
    writeFileSync(inst.pidFile, String(pid));
    try {
      const version = await waitUntilReady(inst, pid, user, password);
      return { uri: inst.uri, pid, alreadyRunning: false, version };
    } catch (error) {
      if (isAlive(pid)) process.kill(pid, 'SIGTERM');
      rmSync(inst.pidFile, { force: true });
      throw error;
    }
  });
}

/** Stops the local Neo4j on the port (its data stays). False when it was not running. */
export async function stopLocal(opts?: LocalOptions): Promise<boolean> {
  const inst = instance(opts);
  const pid = runningPid(inst);
  if (pid === undefined) return false;
  await stop(inst, pid);
  return true;
}

/** SIGTERM, then waits for Neo4j to close its store. */
async function stop(inst: Instance, pid: number): Promise<void> {
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isOurs(pid, inst)) {
    if (Date.now() > deadline) {
      throw new Error(
        `Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; see ${inst.home}/logs/debug.log.`,
      );
    }
    await sleep(200);
  }
  rmSync(inst.pidFile, { force: true });
}

/** Whether db/neo4j.conf, db/jvm.options or db/Launcher.java changed after this instance started. */
function startedWithOtherSettings(inst: Instance): boolean {
  const started = statSync(inst.pidFile).mtimeMs;
  return ['neo4j.conf', 'jvm.options', 'Launcher.java'].some(
    (file) => statSync(`${DB_DIR}${file}`).mtimeMs > started,
  );
}

/** Whether our Neo4j runs on the port. */
export function isLocalRunning(port: number): boolean {
  return runningPid(instance({ port })) !== undefined;
}

export function statusLocal(opts?: LocalOptions): Promise<LocalStatus> {
  const inst = instance(opts);
  const pid = runningPid(inst);
  const home = relative(REPO_ROOT, inst.home);
  if (pid === undefined) return Promise.resolve({ running: false, uri: inst.uri, home });
  return Promise.resolve({ running: true, pid, uri: inst.uri, home, version: readyVersion(inst) });
}

function localCredentials(): { user: string; password: string } {
  const { password } = readConfig();
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(
      `NEO4J_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters for the local Neo4j ` +
        `(unset it to use the default "stancegraph").`,
    );
  }
  // The launcher sets the password of user neo4j; NEO4J_USER only matters for a Neo4j at NEO4J_URI.
  return { user: 'neo4j', password };
}

function launch(inst: Instance, classpath: string, password: string): number {
  mkdirSync(inst.home, { recursive: true });
  const log = openSync(inst.logFile, 'w');
  const args = [
    `@${DB_DIR}jvm.options`,
    '-cp',
    classpath,
    `${DB_DIR}Launcher.java`,
    String(inst.port),
    inst.home,
    `${DB_DIR}neo4j.conf`,
  ];
  const child = spawn('java', args, {
    cwd: inst.home,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, NEO4J_PASSWORD: password },
  });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new Error('Could not start java for the local Neo4j.');
  return child.pid;
}

/** Waits for the launcher's ready line, then checks that Bolt accepts our login. Returns the version. */
async function waitUntilReady(inst: Instance, pid: number, user: string, password: string): Promise<string> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let version = readyVersion(inst);
  while (version === undefined) {
    if (!isOurs(pid, inst)) throw startFailure(inst, 'it exited during startup');
    if (Date.now() > deadline)
      throw startFailure(inst, `it was not ready after ${START_TIMEOUT_MS / 1000} s`);
    await sleep(250);
    version = readyVersion(inst);
  }
  const driver = neo4j.driver(inst.uri, neo4j.auth.basic(user, password));
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The local Neo4j at ${inst.uri} (pid ${pid}) refused the connection: ${reason}. If it was started with ` +
        `another NEO4J_PASSWORD, stop it (npm run db:stop) and start it again.`,
      { cause: error },
    );
  } finally {
    await driver.close();
  }
  return version;
}

function startFailure(inst: Instance, what: string): Error {
  const log = existsSync(inst.logFile) ? tail(readFileSync(inst.logFile, 'utf8'), 25) : '';
  return new Error(
    `The local Neo4j on port ${inst.port} did not start: ${what}. ` +
      `Logs: ${inst.logFile} and ${inst.home}/logs/debug.log.${log ? `\nLast lines of the launcher log:\n${log}` : ''}`,
  );
}

function readyVersion(inst: Instance): string | undefined {
  if (!existsSync(inst.logFile)) return undefined;
  return READY_LINE.exec(readFileSync(inst.logFile, 'utf8'))?.[1];
}

/** The pid of our Neo4j on this port, if it runs; clears a pid file left by one that died. */
function runningPid(inst: Instance): number | undefined {
  if (!existsSync(inst.pidFile)) return undefined;
  const pid = Number(readFileSync(inst.pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isOurs(pid, inst)) return pid;
  rmSync(inst.pidFile, { force: true });
  return undefined;
}

/** Whether the pid is a live launcher of this instance (not a recycled pid of another program). */
function isOurs(pid: number, inst: Instance): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  // Without /proc (macOS) a live pid from our pid file is the best evidence there is.
  if (!existsSync('/proc/self')) return true;
  try {
    const args = readFileSync(cmdline, 'utf8').split('\0');
    return args.some((arg) => arg.endsWith('Launcher.java')) && args.includes(inst.home);
  } catch {
    return false;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}
