// Loads the Cypher kept in cypher/: every statement the code runs lives there, not in string constants.
import { readFileSync } from 'node:fs';

const CYPHER_DIR = new URL('../cypher/', import.meta.url);
const cache = new Map<string, string[]>();

/**
 * Splits Cypher text into statements. A statement ends with `;` at the end of a line (so a `;` inside a
 * string literal is left alone); whole-line `//` comments and blank lines are dropped.
 */
export function parseStatements(text: string): string[] {
  const code = text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return code
    .split(/;[ \t]*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/** The statements of a file in cypher/, by its path relative to that folder (e.g. `schema.cypher`). */
export function loadStatements(name: string): string[] {
  let statements = cache.get(name);
  if (!statements) {
    statements = parseStatements(readFileSync(new URL(name, CYPHER_DIR), 'utf8'));
    cache.set(name, statements);
  }
  return statements;
}

/** The one statement of a file in cypher/ (e.g. `write/entities.cypher`). */
export function loadStatement(name: string): string {
  const statements = loadStatements(name);
  const [statement] = statements;
  if (statements.length !== 1 || statement === undefined) {
    throw new Error(
      `db/cypher: cypher/${name} must hold exactly one statement, it holds ${statements.length}.`,
    );
  }
  return statement;
}
