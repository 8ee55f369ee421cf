// One (:Document) per row with its (:Document)-[:MENTIONS {count, aliases}]->(:Entity) edges (the aliases
// are the names this document uses, kept so that removing it can recompute the entity's aliases from the
// documents left). The mentions come as parallel lists, one index per entity (see ingest/store/rows.ts).
// CREATE, not MERGE: a document is only written into a transaction where it is absent (new, or its old
// version just removed), and document ids are unique by constraint. A document is written in one
// transaction, so its node never exists without its mentions and statements; one too large for that is
// written in parts (ingest/store/parts.ts), its content hash saying "incomplete" until the last.
UNWIND $rows AS row
CREATE (d:Document)
SET d = row.properties
WITH d, row
UNWIND range(0, size(row.entityIds) - 1) AS i
MATCH (e:Entity {id: row.entityIds[i]})
CREATE (d)-[:MENTIONS {count: row.counts[i], aliases: row.aliases[i]}]->(e);
