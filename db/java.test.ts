import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadedBytes, javaMajorVersion, runMaven, tail } from './java.ts';

describe('javaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_382"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['something else', undefined],
  ])('%s', (output, expected) => {
    expect(javaMajorVersion(output)).toBe(expected);
  });
});

describe('tail', () => {
  it.each([
    ['a\nb\nc', 2, 'b\nc'],
    ['a\n\nb\n\n', 5, 'a\nb'],
    ['', 3, ''],
  ])('%j, %i lines', (text, lines, expected) => {
    expect(tail(text, lines)).toBe(expected);
  });
});

describe('downloadedBytes', () => {
  it.each([
    ['[INFO] Downloaded from central: https://repo.example/a/b-1.0.jar (1.2 MB at 3.4 MB/s)', 1.2e6],
    ['[INFO] Downloaded from central: https://repo.example/a/b-1.0.pom (6.1 kB at 15 kB/s)', 6100],
    ['Downloaded from mirror: https://repo.example/c.jar (512 B at 2 kB/s)', 512],
    ['[INFO] Downloading from central: https://repo.example/a/b-1.0.jar', 0],
    ['[INFO] BUILD SUCCESS', 0],
  ])('%s', (line, bytes) => {
    expect(downloadedBytes(line)).toBeCloseTo(bytes);
  });
});

describe('runMaven', () => {
  /** A stand-in for mvn that prints what Maven prints while downloading `files` of 20 MB. */
  async function fakeMaven(
    files: number,
    exitCode = 0,
  ): Promise<{ command: string; done: () => Promise<void> }> {
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-mvn-'));
    const lines = Array.from({ length: files }, (_, i) => [
      `echo "[INFO] Downloading from central: https://repo.example/jar${i}.jar"`,
      `echo "[INFO] Downloaded from central: https://repo.example/jar${i}.jar (20 MB at 5 MB/s)"`,
    ]).flat();
    const command = join(dir, 'mvn');
    await writeFile(
      command,
      ['#!/bin/sh', ...lines, 'echo "[ERROR] it broke" >&2', `exit ${exitCode}`].join('\n'),
    );
    await chmod(command, 0o755);
    return { command, done: () => rm(dir, { recursive: true, force: true }) };
  }

  it('says that it downloads on the first start, and how far it has got', async () => {
    const maven = await fakeMaven(3);
    const messages: string[] = [];
    await runMaven([], (message) => messages.push(message), maven.command);
    await maven.done();
    expect(messages[0]).toMatch(/first start: Maven downloads Neo4j \(about 150 MB\)/);
    expect(messages.slice(1)).toEqual([
      '  downloaded 20 of about 150 MB',
      '  downloaded 40 of about 150 MB',
      '  downloaded 60 of about 150 MB',
      '  downloaded 60 MB',
    ]);
  });

  it('fails with the end of what Maven printed', async () => {
    const maven = await fakeMaven(1, 1);
    await expect(runMaven([], () => undefined, maven.command)).rejects.toThrow(
      /could not resolve[\s\S]*it broke/,
    );
    await maven.done();
  });
});
