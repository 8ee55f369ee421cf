// (:Document)-[:MENTIONS {count, aliases}]->(:Entity): the aliases this document uses, kept so that
// removing the document can recompute the entity's aliases from the documents left. CREATE, because the
// document is new in this transaction (see statements.cypher).
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MATCH (e:Entity {id: row.entityId})
CREATE (d)-[:MENTIONS {count: row.count, aliases: row.aliases}]->(e);
