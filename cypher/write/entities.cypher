// One (:Entity:<Kind>) per row. The kind label is a parameter ($(...), Neo4j 5.26+), checked against
// ENTITY_KINDS by ingest/store/rows.ts. Name, kind, represents and role come from the first document that
// gives them; aliases are every other name any document uses for the entity.
// Properties are only SET when they change: every write to an indexed property (aliases feed the
// full-text index) costs an index update at commit, even when the value stays the same.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET
    e:$(row.kind),
    e.name = row.name,
    e.kind = row.kind,
    e.aliases = [a IN row.aliases WHERE a <> row.name],
    e.represents = row.represents,
    e.role = row.role
WITH e, row, [a IN row.aliases WHERE a <> e.name AND NOT a IN e.aliases] AS added
FOREACH (_ IN CASE WHEN added <> [] THEN [1] ELSE [] END | SET e.aliases = e.aliases + added)
FOREACH (_ IN CASE WHEN e.represents IS NULL AND row.represents IS NOT NULL THEN [1] ELSE [] END |
  SET e.represents = row.represents, e.role = row.role);
