// One structural edge per pair and relation; documentIds lists the documents that say it, so that
// removing the last one removes the edge. One statement per relation of LINK_RELATIONS
// (ingest/model.ts): see statements.cypher for why types are not parameters.

UNWIND [row IN $rows WHERE row.relation = 'REPRESENTS'] AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:REPRESENTS]->(t)
  ON CREATE SET r.documentIds = [row.documentId], r.role = row.role
  ON MATCH SET
    r.documentIds = CASE WHEN row.documentId IN r.documentIds THEN r.documentIds ELSE r.documentIds + row.documentId END,
    r.role = coalesce(r.role, row.role);

UNWIND [row IN $rows WHERE row.relation = 'MEMBER_OF'] AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:MEMBER_OF]->(t)
  ON CREATE SET r.documentIds = [row.documentId]
  ON MATCH SET
    r.documentIds = CASE WHEN row.documentId IN r.documentIds THEN r.documentIds ELSE r.documentIds + row.documentId END;

UNWIND [row IN $rows WHERE row.relation = 'MEETS'] AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:MEETS]->(t)
  ON CREATE SET r.documentIds = [row.documentId]
  ON MATCH SET
    r.documentIds = CASE WHEN row.documentId IN r.documentIds THEN r.documentIds ELSE r.documentIds + row.documentId END;
