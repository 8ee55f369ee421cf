// More (:Document)-[:MENTIONS]->(:Entity) edges of a document written in parts (ingest/store/parts.ts):
// its node and first mentions came with write/documents.cypher, in an earlier transaction.
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
WITH d, row
UNWIND range(0, size(row.entityIds) - 1) AS i
MATCH (e:Entity {id: row.entityIds[i]})
CREATE (d)-[:MENTIONS {count: row.counts[i], aliases: row.aliases[i]}]->(e);
