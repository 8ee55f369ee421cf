// Removes documents with everything only they say: their statements, their share of structural edges,
// their mentions, then the entities no other document mentions.

// Statements, through the documentId index of each stance type (cypher/schema.cypher).
UNWIND $ids AS id
MATCH ()-[r:SUPPORTS {documentId: id}]->()
DELETE r;

UNWIND $ids AS id
MATCH ()-[r:OPPOSES {documentId: id}]->()
DELETE r;

UNWIND $ids AS id
MATCH ()-[r:PROPOSES {documentId: id}]->()
DELETE r;

// Structural edges list their documents. Each starts at an entity the document MENTIONS (rows.ts checks
// it), which is how they are found without a scan.
UNWIND $ids AS id
MATCH (:Document {id: id})-[:MENTIONS]->(:Entity)-[r:REPRESENTS|MEMBER_OF|MEETS]->()
WHERE id IN r.documentIds
SET r.documentIds = [x IN r.documentIds WHERE x <> id];

UNWIND $ids AS id
MATCH (:Document {id: id})-[:MENTIONS]->(:Entity)-[r:REPRESENTS|MEMBER_OF|MEETS]->()
WITH DISTINCT r
WHERE r.documentIds = []
DELETE r;

// The documents and their mentions; then each entity they mentioned either gets its aliases again from the
// documents left, or goes when none is left.
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH collect(DISTINCT d) AS documents, collect(DISTINCT e) AS entities
FOREACH (d IN documents | DETACH DELETE d)
WITH entities
UNWIND entities AS e
WITH e, COLLECT {
  MATCH (:Document)-[m:MENTIONS]->(e) UNWIND m.aliases AS alias WITH DISTINCT alias WHERE alias <> e.name RETURN alias
} AS aliases
FOREACH (_ IN CASE WHEN EXISTS { (:Document)-[:MENTIONS]->(e) } THEN [1] ELSE [] END | SET e.aliases = aliases)
FOREACH (_ IN CASE WHEN EXISTS { (:Document)-[:MENTIONS]->(e) } THEN [] ELSE [1] END | DETACH DELETE e);
