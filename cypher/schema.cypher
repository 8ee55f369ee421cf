// Constraints and indexes of the graph model (briefs: NEO4J-MODEL). Every statement is IF NOT EXISTS:
// applying this file again changes nothing. Applied by db/schema.ts (npm run db:schema, and by ingest).

// Entities and documents are merged on their ids.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// One relationship per statement: stance edges are merged on the claim's content hash.
CREATE CONSTRAINT supports_statement_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT opposes_statement_id IF NOT EXISTS FOR ()-[r:OPPOSES]-() REQUIRE r.statementId IS UNIQUE;
CREATE CONSTRAINT proposes_statement_id IF NOT EXISTS FOR ()-[r:PROPOSES]-() REQUIRE r.statementId IS UNIQUE;

// Lookups and filters of the explorer.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);

// Removing or re-ingesting a document finds its statements by documentId.
CREATE INDEX supports_document_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.documentId);
CREATE INDEX opposes_document_id IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.documentId);
CREATE INDEX proposes_document_id IF NOT EXISTS FOR ()-[r:PROPOSES]-() ON (r.documentId);

// Search box: names and aliases (aliases is a list of strings).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Return only when every index is online, so that what runs next can use them.
CALL db.awaitIndexes(300);
