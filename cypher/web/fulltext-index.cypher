// The full-text index over entity names, if the schema has one: search uses it when present.
SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, entityType, state
WHERE entityType = 'NODE' AND 'Entity' IN labelsOrTypes AND state = 'ONLINE'
RETURN name
LIMIT 1;
