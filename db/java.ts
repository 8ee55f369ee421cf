// The Java side of the local Neo4j: checks for a JDK and Maven, and the cached classpath of the Neo4j jars.
import { execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DB_DIR = fileURLToPath(new URL('.', import.meta.url));
/** Everything local and git-ignored: the classpath cache and one folder per instance. */
export const STATE_DIR = fileURLToPath(new URL('../.neo4j/', import.meta.url));

const POM = `${DB_DIR}pom.xml`;
const CLASSPATH_FILE = `${STATE_DIR}classpath.txt`;
const MIN_JAVA = 17;

const NO_LOCAL_HINT = 'or set NEO4J_URI to a Neo4j you run yourself (see README.md)';

/** Fails with what to install when `java` is missing or older than 17. */
export async function checkJava(): Promise<void> {
  let output: string;
  try {
    // `java -version` prints to stderr.
    output = (await run('java', ['-version'])).stderr;
  } catch (error) {
    if (hasCode(error, 'ENOENT')) {
      throw new Error(
        `Java was not found on PATH: the local Neo4j needs a JDK ${MIN_JAVA} or newer ` +
          `(Debian: apt-get install openjdk-17-jdk-headless), ${NO_LOCAL_HINT}.`,
        { cause: error },
      );
    }
    throw error;
  }
  const major = javaMajorVersion(output);
  if (major !== undefined && major < MIN_JAVA) {
    throw new Error(
      `Java ${major} found, but the local Neo4j needs Java ${MIN_JAVA} or newer, ${NO_LOCAL_HINT}.`,
    );
  }
}

/** The major version in `java -version` output ("1.8.0_382" is 8, "17.0.15" is 17). */
export function javaMajorVersion(output: string): number | undefined {
  const match = /version "(?:1\.)?(\d+)/.exec(output);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * The classpath of the Neo4j jars pinned in db/pom.xml. Maven resolves it once (downloading the jars the
 * first time, which `log` hears about as it goes) into .neo4j/classpath.txt; it is resolved again when
 * pom.xml changes or a jar disappeared.
 */
export async function neo4jClasspath(log: (message: string) => void = () => undefined): Promise<string> {
  const cached = readCachedClasspath();
  if (cached !== undefined) return cached;
  mkdirSync(STATE_DIR, { recursive: true });
  // A private file then a rename: two processes resolving at once never read a half-written file.
  const partial = `${CLASSPATH_FILE}.${process.pid}`;
  await runMaven(['-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${partial}`], log);
  renameSync(partial, CLASSPATH_FILE);
  const classpath = readCachedClasspath();
  if (classpath === undefined) throw new Error(`Maven wrote no usable classpath to ${CLASSPATH_FILE}.`);
  return classpath;
}

/**
 * What the first download weighs, to say how far it has got: Neo4j 5.26 with its dependencies and
 * Maven's dependency plugin, 150 MB into an empty repository (measured).
 */
const FIRST_DOWNLOAD_MB = 150;
const REPORT_EVERY_MB = 10;

/**
 * Runs Maven, telling `log` when it starts downloading and then every few megabytes; fails with the end
 * of its output. `command` is for tests.
 */
export async function runMaven(
  args: string[],
  log: (message: string) => void,
  command = 'mvn',
): Promise<void> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  let downloaded = 0;
  let reported = -1;
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  for await (const line of createInterface({ input: child.stdout })) {
    output.push(`${line}\n`);
    if (reported < 0 && /Downloading from /.test(line)) {
      log(
        `first start: Maven downloads Neo4j (about ${FIRST_DOWNLOAD_MB} MB) into ~/.m2; later starts take seconds`,
      );
      reported = 0;
    }
    downloaded += downloadedBytes(line);
    const mb = Math.floor(downloaded / 1e6);
    if (mb >= reported + REPORT_EVERY_MB) {
      reported = mb;
      log(`  downloaded ${mb} of about ${FIRST_DOWNLOAD_MB} MB`);
    }
  }
  let code: number | null;
  try {
    code = await exited;
  } catch (error) {
    if (hasCode(error, 'ENOENT'))
      throw new Error(
        `Maven (mvn) was not found on PATH: it downloads the Neo4j jars for the local Neo4j ` +
          `(Debian: apt-get install maven), ${NO_LOCAL_HINT}.`,
        { cause: error },
      );
    throw error;
  }
  if (code !== 0)
    throw new Error(`Maven could not resolve the Neo4j jars of db/pom.xml:\n${tail(output.join(''), 30)}`);
  if (reported >= 0) log(`  downloaded ${(downloaded / 1e6).toFixed(0)} MB`);
}

/** Bytes of a Maven "Downloaded from <repository>: <url> (1.2 MB at 3.4 MB/s)" line; 0 for other lines. */
export function downloadedBytes(line: string): number {
  const match = /Downloaded from [^:]+: \S+ \(([\d.,]+) ([kMG]?)B\b/i.exec(line);
  if (!match) return 0;
  const scale = { '': 1, K: 1e3, M: 1e6, G: 1e9 }[(match[2] ?? '').toUpperCase()] ?? 1;
  return Number((match[1] ?? '0').replace(',', '')) * scale;
}

function readCachedClasspath(): string | undefined {
  if (!existsSync(CLASSPATH_FILE) || statSync(CLASSPATH_FILE).mtimeMs < statSync(POM).mtimeMs)
    return undefined;
  const classpath = readFileSync(CLASSPATH_FILE, 'utf8').trim();
  const jars = classpath.split(':');
  return jars.length > 0 && jars.every((jar) => jar !== '' && existsSync(jar)) ? classpath : undefined;
}

export function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

/** The last `lines` non-empty lines of a text. */
export function tail(text: string, lines: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .join('\n');
}
