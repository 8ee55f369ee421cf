// One stance relationship per statement. The type is a parameter ($(...), Neo4j 5.26+): rows.ts admits
// only the closed STANCES list (ingest/model.ts), so this is the one place where a stance becomes a
// relationship type, and no Cypher is built from strings.
// Rows are grouped by document, whose id and date every statement carries.
// CREATE, not MERGE: a document's statements are only ever written into a transaction where the document
// is absent (new, or its old version just removed), and statementId is unique by constraint, so MERGE
// would only add a lookup (and a MERGE with a dynamic type is a hundred times slower on nodes created in
// the same transaction). Properties are listed in the CREATE: about 15% cheaper than `SET r = map`.
UNWIND $rows AS document
UNWIND document.statements AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[:$(row.relation) {
  statementId: row.statementId,
  documentId: document.documentId,
  sentenceIndex: row.sentenceIndex,
  quote: row.quote,
  start: row.start,
  end: row.end,
  speakerId: row.speakerId,
  modality: row.modality,
  date: document.date
}]->(t);
