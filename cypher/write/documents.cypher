// One (:Document) per row. The whole document is written in one transaction, so a Document node never
// exists without its mentions and statements.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row;
