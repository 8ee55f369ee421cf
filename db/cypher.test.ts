import { describe, expect, it } from 'vitest';
import { loadStatement, loadStatements, parseStatements } from './cypher.ts';

describe('parseStatements', () => {
  it.each([
    ['one statement without ;', 'MATCH (n) RETURN n', ['MATCH (n) RETURN n']],
    ['one statement with ;', 'MATCH (n) RETURN n;\n', ['MATCH (n) RETURN n']],
    ['two statements', 'CREATE (a);\nCREATE (b);', ['CREATE (a)', 'CREATE (b)']],
    ['multi-line statement', 'MATCH (n)\nWHERE n.x = 1\nRETURN n;', ['MATCH (n)\nWHERE n.x = 1\nRETURN n']],
    [
      'comment lines and blank lines dropped',
      '// why\n\nRETURN 1;\n  // indented\nRETURN 2;',
      ['RETURN 1', 'RETURN 2'],
    ],
    ['; inside a string stays', "RETURN 'a;b' AS s;\nRETURN 2;", ["RETURN 'a;b' AS s", 'RETURN 2']],
    ['// inside a line stays', "RETURN 'http://x' AS u;", ["RETURN 'http://x' AS u"]],
    ['trailing spaces after ;', 'RETURN 1;  \r\nRETURN 2;', ['RETURN 1', 'RETURN 2']],
    ['only comments', '// nothing here\n', []],
  ])('%s', (_name, text, expected) => {
    expect(parseStatements(text)).toEqual(expected);
  });
});

describe('cypher files', () => {
  it('schema.cypher holds only idempotent statements', () => {
    const statements = loadStatements('schema.cypher');
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements.filter((s) => s.startsWith('CREATE'))) {
      expect(statement).toContain('IF NOT EXISTS');
    }
  });

  it('loadStatement refuses a file of several statements', () => {
    expect(() => loadStatement('schema.cypher')).toThrow('must hold exactly one statement');
  });
});
