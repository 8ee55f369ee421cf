// Title: Who opposes it
// Answers: Which actors oppose the given entity, and in how many statements? Most statements first.
// Params: $id (string) the entity's id, e.g. USA or indo-pacific-strategy
// Example: {"id": "USA"}
MATCH (actor:Entity)-[r:OPPOSES]->(target:Entity {id: $id})
RETURN actor, target, count(r) AS statements, collect(r) AS evidence
ORDER BY statements DESC, toLower(actor.name);
