// bench:load sends the rows of a write and has Neo4j read them without writing anything: what the
// transfer alone costs, the ceiling of any write made of those rows.
UNWIND $rows AS row
RETURN count(row) AS rows;
