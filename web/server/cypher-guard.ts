// The first gate for user Cypher, before the database sees it: empty or overlong queries, and calls of
// procedures and functions outside the allow-list, which a plan shows only for procedures. The second
// gate is what EXPLAIN says the query would do (cypher-plan.ts), the third a READ transaction.

export const MAX_QUERY_LENGTH = 20_000;

// Read-only procedures of the db namespace; every other db.* (create, clear, checkpoint...) is refused.
const DB_READS = [
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.index.fulltext.listavailableanalyzers',
  'db.info',
  'db.ping',
];

// APOC families that only compute values or read; the rest write, load files or run arbitrary Cypher.
const APOC_READ_FAMILIES = new Set([
  'agg',
  'algo',
  'bitwise',
  'coll',
  'convert',
  'date',
  'hashing',
  'label',
  'map',
  'math',
  'meta',
  'neighbors',
  'number',
  'path',
  'scoring',
  'spatial',
  'temporal',
  'text',
]);

/** Why the console refuses this query without running it, or null when it may go on to EXPLAIN. */
export function refusal(query: string): string | null {
  if (query.trim() === '') return 'Write a Cypher query first.';
  if (query.length > MAX_QUERY_LENGTH)
    return `The query is ${query.length} characters long; the console takes at most ${MAX_QUERY_LENGTH}.`;
  const code = codeOnly(query).replace(/\s+/g, ' ').trim();
  if (/^(?:CYPHER(?:\s+[\w.]+(?:\s*=\s*\w+)?)*\s+)?(?:EXPLAIN|PROFILE)\b/i.test(code))
    return 'Leave out EXPLAIN and PROFILE: the console explains every query itself to check it only reads.';
  for (const name of procedureNames(code)) {
    const refused = procedureRefusal(name);
    if (refused !== null) return refused;
  }
  return null;
}

/** Whether a procedure is one the console runs: a read-only db procedure, or a reading APOC family. */
export function isReadProcedure(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('apoc.')) return APOC_READ_FAMILIES.has(lower.split('.')[1] ?? '');
  return DB_READS.includes(lower);
}

/** Why a namespaced procedure or function is refused, or null when it only reads. */
export function procedureRefusal(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('dbms.'))
    return `${name} is refused: dbms procedures administer the server, and the console only reads the graph.`;
  if (lower.startsWith('db.') && !DB_READS.includes(lower))
    return `${name} is refused: the console allows only the read-only db procedures (${DB_READS.join(', ')}).`;
  if (lower.startsWith('apoc.') && !APOC_READ_FAMILIES.has(lower.split('.')[1] ?? ''))
    return `${name} is refused: this APOC family can write, load files or run other Cypher.`;
  if (/^(?:gds|genai|tx)\./.test(lower))
    return `${name} is refused: it is not one of the procedures the console allows.`;
  return null;
}

/** Dotted names used as procedure or function calls (`CALL a.b.c`, `a.b(`), backticks removed. */
export function procedureNames(code: string): string[] {
  const names = new Set<string>();
  const name = String.raw`[A-Za-z_][\w$]*(?:\s*\.\s*[A-Za-z_][\w$]*)+`;
  for (const match of code.matchAll(new RegExp(String.raw`\bCALL\s+(${name})|(${name})\s*\(`, 'gi'))) {
    const found = match[1] ?? match[2];
    if (found !== undefined) names.add(found.replace(/\s+/g, ''));
  }
  return [...names];
}

/**
 * The query without comments and string literals (replaced by a space and `''`), and with backtick-quoted
 * names unquoted, so that keywords inside text are not seen and quoted keywords are.
 */
export function codeOnly(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query.charAt(i);
    const next = query.charAt(i + 1);
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      i = end === -1 ? query.length : end;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end === -1 ? query.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"') {
      i = skipString(query, i);
      out += "''";
    } else if (c === '`') {
      const end = query.indexOf('`', i + 1);
      out += end === -1 ? query.slice(i + 1) : query.slice(i + 1, end);
      i = end === -1 ? query.length : end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function skipString(query: string, start: number): number {
  const quote = query[start];
  let i = start + 1;
  while (i < query.length) {
    if (query[i] === '\\') i += 2;
    else if (query[i] === quote) return i + 1;
    else i++;
  }
  return i;
}
