import { describe, expect, it } from 'vitest';
import { privateTestPort, readConfig } from './config.ts';

describe('readConfig', () => {
  it.each([
    ['defaults', {}, { uri: undefined, user: 'neo4j', password: 'stancegraph', port: 7687, testPort: 7688 }],
    [
      'every variable',
      {
        NEO4J_URI: 'bolt://db:7687',
        NEO4J_USER: 'alice',
        NEO4J_PASSWORD: 'secret-pw',
        NEO4J_PORT: '7697',
        NEO4J_TEST_PORT: '7698',
      },
      { uri: 'bolt://db:7687', user: 'alice', password: 'secret-pw', port: 7697, testPort: 7698 },
    ],
    [
      'blank values fall back',
      { NEO4J_URI: ' ', NEO4J_USER: '', NEO4J_PORT: '' },
      { uri: undefined, user: 'neo4j', port: 7687 },
    ],
    [
      'values are trimmed',
      { NEO4J_URI: ' neo4j://x ', NEO4J_TEST_PORT: ' 17688 ' },
      { uri: 'neo4j://x', testPort: 17688 },
    ],
  ])('%s', (_name, env, expected) => {
    expect(readConfig(env)).toMatchObject(expected);
  });

  it.each([
    ['NEO4J_PORT', 'abc'],
    ['NEO4J_PORT', '0'],
    ['NEO4J_PORT', '65536'],
    ['NEO4J_PORT', '76.5'],
    ['NEO4J_TEST_PORT', '-1'],
  ])('rejects %s=%s', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(`${name} must be a port number from 1 to 65535`);
  });
});

describe('privateTestPort', () => {
  it.each([
    [{ port: 7687, testPort: 7688 }, 7788],
    [{ port: 7815, testPort: 7715 }, 7915],
  ])('%j -> %i, never the main port', (ports, expected) => {
    expect(privateTestPort(ports)).toBe(expected);
  });
});
