// Removes one document with everything only it says, as remove-documents.cypher does, but in
// transactions of bounded size (CALL ... IN TRANSACTIONS, run as auto-commit queries by
// ingest/store/writer.ts), for a document too large to remove in one. It is marked incomplete first
// ($incomplete), so that a run stopped half-way leaves a document the next run writes or removes again.

MATCH (d:Document {id: $id})
SET d.contentHash = $incomplete;

MATCH ()-[r:SUPPORTS {documentId: $id}]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS;

MATCH ()-[r:OPPOSES {documentId: $id}]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS;

MATCH ()-[r:PROPOSES {documentId: $id}]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS;

MATCH (:Document {id: $id})-[:MENTIONS]->(:Entity)-[r:REPRESENTS|MEMBER_OF|MEETS]->()
WHERE $id IN r.documentIds
WITH DISTINCT r
CALL (r) {
  SET r.documentIds = [x IN r.documentIds WHERE x <> $id]
  WITH r
  WHERE r.documentIds = []
  DELETE r
} IN TRANSACTIONS OF 5000 ROWS;

// Each mention, then its entity: its aliases again from the documents left, or gone when none is left.
MATCH (:Document {id: $id})-[m:MENTIONS]->(e:Entity)
CALL (m, e) {
  DELETE m
  WITH e, COLLECT {
    MATCH (:Document)-[n:MENTIONS]->(e) UNWIND n.aliases AS alias WITH DISTINCT alias WHERE alias <> e.name RETURN alias
  } AS aliases
  FOREACH (_ IN CASE WHEN EXISTS { (:Document)-[:MENTIONS]->(e) } THEN [1] ELSE [] END | SET e.aliases = aliases)
  FOREACH (_ IN CASE WHEN EXISTS { (:Document)-[:MENTIONS]->(e) } THEN [] ELSE [1] END | DETACH DELETE e)
} IN TRANSACTIONS OF 1000 ROWS;

MATCH (d:Document {id: $id})
DETACH DELETE d;
