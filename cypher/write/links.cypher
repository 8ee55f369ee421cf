// One structural edge per pair and relation; documentIds lists the documents that say it, so that
// removing the last one removes the edge. A row carries the documents of the batch that say it, which
// are new to the database (stored ones are skipped, replaced ones removed first): they are appended
// without a check. One statement per relation of LINK_RELATIONS (ingest/model.ts): a MERGE with a
// dynamic type is far slower (see statements.cypher).

UNWIND [row IN $rows WHERE row.relation = 'REPRESENTS'] AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:REPRESENTS]->(t)
  ON CREATE SET r.documentIds = row.documentIds, r.role = row.role
  ON MATCH SET
    r.documentIds = r.documentIds + row.documentIds,
    r.role = coalesce(r.role, row.role);

UNWIND [row IN $rows WHERE row.relation = 'MEMBER_OF'] AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:MEMBER_OF]->(t)
  ON CREATE SET r.documentIds = row.documentIds
  ON MATCH SET
    r.documentIds = r.documentIds + row.documentIds;

UNWIND [row IN $rows WHERE row.relation = 'MEETS'] AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:MEETS]->(t)
  ON CREATE SET r.documentIds = row.documentIds
  ON MATCH SET
    r.documentIds = r.documentIds + row.documentIds;
