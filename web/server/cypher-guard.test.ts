import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, codeOnly, procedureNames, refusal } from './cypher-guard.ts';

describe('refusal', () => {
  it.each([
    ['', /Write a Cypher query/],
    ['   ', /Write a Cypher query/],
    ['CALL dbms.components()', /dbms\.components is refused/],
    ['CALL `dbms.listConfig`()', /dbms\.listConfig is refused/],
    ['CALL dbms . security.createUser("x", "y")', /dbms\.security\.createUser is refused/],
    ['RETURN dbms.procedures()', /dbms\.procedures is refused/],
    ['CALL db.createLabel("X")', /db\.createLabel is refused/],
    ['CALL db.index.fulltext.drop("entity_search")', /db\.index\.fulltext\.drop is refused/],
    ['CALL db.clearQueryCaches()', /db\.clearQueryCaches is refused/],
    ['CALL apoc.create.node(["X"], {})', /apoc\.create\.node is refused/],
    ['CALL apoc.cypher.runWrite("CREATE (n)", {})', /apoc\.cypher\.runWrite is refused/],
    ['CALL apoc.load.json("http://x")', /apoc\.load\.json is refused/],
    [
      'CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})',
      /apoc\.periodic\.iterate is refused/,
    ],
    ['CALL gds.graph.drop("g")', /gds\.graph\.drop is refused/],
    ['EXPLAIN MATCH (n) RETURN n', /Leave out EXPLAIN/],
    ['PROFILE MATCH (n) RETURN n', /Leave out EXPLAIN/],
    ['CYPHER 5 runtime=slotted PROFILE MATCH (n) RETURN n', /Leave out EXPLAIN/],
    ['CALL tx.setMetaData({})', /tx\.setMetaData is refused/],
    ['x'.repeat(MAX_QUERY_LENGTH + 1), /characters long/],
  ])('refuses %j', (query, message) => {
    expect(refusal(query)).toMatch(message);
  });

  it.each([
    'MATCH (n:Entity) RETURN n LIMIT 25',
    'MATCH (a)-[r:OPPOSES]->(b) RETURN a, r, b',
    "MATCH (d:Document) WHERE d.title CONTAINS 'LOAD CSV' RETURN d",
    'MATCH (n) // CALL dbms.components()\nRETURN n',
    '/* SHOW USERS */ MATCH (n) RETURN count(n)',
    'CALL db.labels()',
    'CALL db.index.fulltext.queryNodes("entity_search", "lavrov*") YIELD node RETURN node',
    'RETURN apoc.text.join(["a", "b"], ",") AS joined',
    'MATCH (n) WHERE n.name = "show" RETURN n',
    'CREATE (n:Foo) RETURN n',
    'MATCH (n) DETACH DELETE n',
    // What EXPLAIN refuses (cypher-plan.ts), however it is written.
    'CYPHER 5 SHOW TRANSACTIONS',
    'LOAD CSV FROM "file:///etc/passwd" AS row RETURN row',
  ])('leaves %j to EXPLAIN', (query) => {
    expect(refusal(query)).toBeNull();
  });
});

describe('codeOnly', () => {
  it.each([
    ["RETURN 'it\\'s // not a comment' AS x", "RETURN '' AS x"],
    ['MATCH (n) // note\nRETURN n', 'MATCH (n)  \nRETURN n'],
    ['MATCH (`weird label`) RETURN 1', 'MATCH (weird label) RETURN 1'],
    ['RETURN "a /* b */ c"', "RETURN ''"],
  ])('%j -> %j', (query, expected) => {
    expect(codeOnly(query)).toBe(expected);
  });
});

describe('procedureNames', () => {
  it.each([
    ['CALL db.labels()', ['db.labels']],
    ['CALL db.labels YIELD label RETURN label', ['db.labels']],
    ['RETURN apoc.coll.sum([1]) AS s, toLower("X")', ['apoc.coll.sum']],
    ['MATCH (n) RETURN n.name', []],
  ])('%j -> %j', (code, expected) => {
    expect(procedureNames(code)).toEqual(expected);
  });
});
