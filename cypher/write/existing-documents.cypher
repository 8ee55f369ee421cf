// Which documents of a batch are already stored, and with which content: decides skip, write or replace.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.contentHash AS contentHash;
